export { CHECKS, type CheckName, type ConformanceSubject, type Fetch } from './subject.js';
export { runConformance } from './suite.js';
export { replayFetch, type ReplayRequest, type ReplayRoute } from './replay.js';
export { settledSession } from './session.js';
