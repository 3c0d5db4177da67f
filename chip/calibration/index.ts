// Calibration of the chip's neurons (docs/calibration.md): measurement protocols that use only
// what a hardware user has, the fitting procedure, the calibration file and its targets.
export { calibrate, idealCode, type CalibrateOptions, type CalibrationResult } from './calibrate.js';
export {
  Calibration,
  CALIBRATED_PARAMS,
  CALIBRATION_FORMAT,
  CALIBRATION_VERSION,
  PARAM_INFO,
  calibrationFromJson,
  loadCalibrationFile,
  parseCalibration,
  type CalibratedParam,
  type CalibrationFile,
  type CodeChoice,
  type NeuronCalibration,
  type ParamCalibration,
  type SpreadStats,
} from './file.js';
export { ChipUnderTest, BASE_CODES, measureFiring, measureRest, measureTauMem, measureTauSyn, type ChipIdentity, type Experiment, type FiringMeasurement, type Observation } from './measure.js';
export { DEFAULT_TARGETS, TARGET_RANGES, TARGETS_FORMAT, TARGETS_VERSION, defaultTargets, loadTargetsFile, targetsFromJson, type Targets } from './targets.js';
