/**
 * How the web host ends a bridge connection that sent something other than a call (RFC 6455
 * close codes), shared with the page's bridge so it can tell the person what happened.
 */
export const BRIDGE_CLOSE = {
  /** a binary frame: calls are JSON text */
  unsupportedData: 1003,
  /** text that is not UTF-8 (ws refuses it itself) */
  invalidText: 1007,
  /** JSON that is no call: not an object, or without a usable id */
  malformedCall: 1008,
  /** larger than the largest call the IPC table allows (ws refuses it itself) */
  tooLarge: 1009,
} as const;

/** The error a call gets when its frame is larger than the host takes. */
export const TOO_LARGE_ERROR = {
  code: 'message_too_large',
  messageKey: 'errors.invalid_input',
} as const;
