// Custom Elements Manifest for the Vitrine elements: `npm run manifest` writes custom-elements.json
// at the root, which Storybook reads for its docs tables and controls (and IDEs for completion).

/**
 * Elements register through `defineElement('vt-x', VtX)` (packages/elements/src/shared/define.ts),
 * which the analyzer does not know as a `customElements.define` call: link each class to its tag
 * and record the definition in the registration module, as the analyzer does for `define`.
 */
function defineElementCalls() {
  const definitions = [];
  return {
    name: 'vitrine-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      definitions.push({ tagName: tag.text, className: element.text, module: moduleDoc });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const { tagName, className, module } of definitions) {
        const home = modules.find((m) =>
          m.declarations?.some((d) => d.kind === 'class' && d.name === className),
        );
        if (!home) continue;
        const declaration = home.declarations.find((d) => d.name === className);
        declaration.tagName ??= tagName;
        declaration.customElement = true;
        module.exports = [
          ...(module.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: home.path },
          },
        ];
      }
    },
  };
}

/**
 * Keeps only the public API of each class, so that the docs tables show what integrators may use:
 * no private or protected members (Lit lifecycle overrides such as `render` are protected), no
 * `_internal` names, no static Lit plumbing (`styles`, `properties`), and no attributes for
 * internal reactive state (`state: true` properties, which the analyzer lists as attributes).
 */
function publicApiOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.static &&
    !/^[_#]/.test(member.name ?? '');
  return {
    name: 'vitrine-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const members = declaration.members ?? [];
          const dropped = new Set(members.filter((m) => !isPublic(m)).map((m) => m.name));
          if (declaration.members) declaration.members = members.filter(isPublic);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (a) => !a.name.startsWith('_') && !dropped.has(a.fieldName ?? a.name),
            );
          }
          // Typed events carry their name in `static eventName`; the analyzer takes the first
          // constructor argument (`new VtCartChangeEvent(cart, …)`) for a name instead. The real
          // events are the ones documented with @fires.
          if (declaration.events) {
            declaration.events = declaration.events.filter((e) => e.description);
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: [
    'packages/elements/src/**/*.test.ts',
    'packages/elements/src/**/*.stories.ts',
    'packages/elements/src/**/*.styles.ts',
    'packages/elements/src/locales/**',
  ],
  outdir: '.',
  litelement: true,
  // The manifest is an artefact for the docs; do not write a `customElements` field into package.json.
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly()],
};
