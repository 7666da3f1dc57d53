export function runConformance(): void {}
