// The rule registry: every rule, in the order its diagnostics are reported. Add a rule by adding its file and one line here.
import { rule as anonymousReportingScope } from './anonymous-reporting-scope';
import { rule as certificateExpiry } from './certificate-expiry';
import { rule as certificateInvalid } from './certificate-invalid';
import { rule as ciscotacDestinationChanged } from './ciscotac-destination-changed';
import { rule as ciscotacFormat } from './ciscotac-format';
import { rule as ciscotacNameCase } from './ciscotac-name-case';
import { rule as ciscotacRename } from './ciscotac-rename';
import { rule as ciscotacTransportConflict } from './ciscotac-transport-conflict';
import { rule as commandSyntax } from './command-syntax';
import { rule as contactEmailInvalid } from './contact-email-invalid';
import { rule as contactEmailMissing } from './contact-email-missing';
import { rule as destinationEmailInvalid } from './destination-email-invalid';
import { rule as destinationUrlInsecure } from './destination-url-insecure';
import { rule as destinationUrlInvalid } from './destination-url-invalid';
import { rule as emailWithoutMailServer } from './email-without-mail-server';
import { rule as execManualAlertGroup } from './exec-manual-alert-group';
import { rule as execUnknownProfile } from './exec-unknown-profile';
import { rule as httpProxyInvalid } from './http-proxy-invalid';
import { rule as httpsWithoutTrustpoint } from './https-without-trustpoint';
import { rule as invalidKeywordValue } from './invalid-keyword-value';
import { rule as mailServerCount } from './mail-server-count';
import { rule as mailServerDuplicatePriority } from './mail-server-duplicate-priority';
import { rule as mailServerHost } from './mail-server-host';
import { rule as mailServerPriority } from './mail-server-priority';
import { rule as messageSizeLimitRange } from './message-size-limit-range';
import { rule as phoneNumberInvalid } from './phone-number-invalid';
import { rule as profileNameConflict } from './profile-name-conflict';
import { rule as profileNameInvalid } from './profile-name-invalid';
import { rule as profileWithoutAddress } from './profile-without-address';
import { rule as rateLimitRange } from './rate-limit-range';
import { rule as revocationCheckNone } from './revocation-check-none';
import { rule as smartCallHomeFormat } from './smart-call-home-format';
import { rule as smartLicensingMultiple } from './smart-licensing-multiple';
import { rule as sourceInterfaceConflict } from './source-interface-conflict';
import { rule as subscriptionPeriodic } from './subscription-periodic';
import { rule as subscriptionSeverity } from './subscription-severity';
import { rule as syslogPattern } from './syslog-pattern';
import { rule as trustpointUnknown } from './trustpoint-unknown';
import { rule as typographicQuotes } from './typographic-quotes';
import { rule as unknownCommand } from './unknown-command';
import { rule as valueNeedsQuotes } from './value-needs-quotes';
import { rule as valueTooLong } from './value-too-long';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  anonymousReportingScope,
  certificateExpiry,
  certificateInvalid,
  ciscotacDestinationChanged,
  ciscotacFormat,
  ciscotacNameCase,
  ciscotacRename,
  ciscotacTransportConflict,
  commandSyntax,
  contactEmailInvalid,
  contactEmailMissing,
  destinationEmailInvalid,
  destinationUrlInsecure,
  destinationUrlInvalid,
  emailWithoutMailServer,
  execManualAlertGroup,
  execUnknownProfile,
  httpProxyInvalid,
  httpsWithoutTrustpoint,
  invalidKeywordValue,
  mailServerCount,
  mailServerDuplicatePriority,
  mailServerHost,
  mailServerPriority,
  messageSizeLimitRange,
  phoneNumberInvalid,
  profileNameConflict,
  profileNameInvalid,
  profileWithoutAddress,
  rateLimitRange,
  revocationCheckNone,
  smartCallHomeFormat,
  smartLicensingMultiple,
  sourceInterfaceConflict,
  subscriptionPeriodic,
  subscriptionSeverity,
  syslogPattern,
  trustpointUnknown,
  typographicQuotes,
  unknownCommand,
  valueNeedsQuotes,
  valueTooLong,
];

export type { Rule, RuleContext } from './rule';
