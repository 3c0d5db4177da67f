// JSON with source positions moved to common/ (scenario and calibration files use it too); this
// module keeps the task code's import path.
export { formatJsonPath, parseJsonSource, type JsonPath, type JsonSource } from '../../common/json-source.js';
