// Public API of the renderer (SPEC §4). Pure TypeScript: no vscode, no network, no file system.
export { DEFAULT_DEVICE_FACTS, defaultDeviceFacts, loadDeviceFacts, checkDeviceFacts, parseUtcOffset, findCapture, normalizeCommand, type DeviceFacts, type LoadDeviceFactsOptions, type LoadDeviceFactsResult } from './deviceFacts';
export {
  ALERT_GROUP_NAMES,
  GROUP_COMMANDS,
  DEFAULT_SEVERITY,
  DEFAULT_TEST_MESSAGE,
  buildMessage,
  parseAlertGroup,
  parseSeverity,
  severityName,
  syslogSeverity,
  formatAmlTime,
  epochHex,
  notCollectedText,
  RenderError,
  type AlertGroupName,
  type Attachment,
  type BuildMessageOptions,
  type CallHomeMessage,
} from './message';
export { scrubConfig, removeSecrets, REMOVED, type ScrubOptions, type ScrubResult } from './scrub';
export {
  render,
  renderBody,
  renderXml,
  renderLongText,
  renderShortText,
  contentTypeOf,
  subjectOf,
  truncationMarker,
  utf8Length,
  cutUtf8,
  MESSAGE_FORMATS,
  NAMESPACES,
  LONG_TEXT_FIELDS,
  LONG_TEXT_ATTACHMENT_FIELDS,
  type MessageFormat,
  type RenderOptions,
  type RenderResult,
} from './formats';
export { parseAml, tryParseAml, parseXmlElements, xmlStructure, AmlError, type AmlFields, type AmlAttachment, type AmlElement } from './aml';
