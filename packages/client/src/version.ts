/** The package version, sent in `User-Agent`. */
export const CLIENT_VERSION = '0.1.0'
