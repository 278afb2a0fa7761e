/**
 * The NOTIFY channel that wakes idle delivery workers: publishing notifies it in the same
 * transaction that inserts deliveries (PostgreSQL delivers it at commit), workers LISTEN on it.
 */
export const DELIVERIES_CHANNEL = 'voicehooks_deliveries'
