export { parseFile, type ParsedDocument, type ParsedFile, type ParseProblem, type ParseProblemId } from './parse-file.js';
export { DocumentLocator, type ScalarSource } from './locator.js';
export { formatPath, parsePath, LineIndex, type Position, type SourceRange, type PathSegment, type YamlPath } from './source.js';
export { resolvePlainScalar, yamlVersionDisagreement } from './scalars.js';
