import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/** Raised when a stored secret cannot be decrypted (wrong key, or tampered data). */
export class SecretBoxError extends Error {
  override name = 'SecretBoxError'
  readonly code = 'secret_decrypt_failed'
}

/**
 * Encrypts webhook secrets at rest with AES-256-GCM. Stored form: `v1.<iv>.<tag>.<ciphertext>`
 * (base64url), so the key or algorithm can change later under a new version tag.
 */
export class SecretBox {
  readonly #key: Buffer

  /** `key` is 32 bytes (`sealingKey` of the configuration). */
  constructor(key: Buffer) {
    if (key.length !== 32) throw new RangeError('SecretBox key must be 32 bytes')
    this.#key = key
  }

  seal(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv)
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
    return [
      'v1',
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ct.toString('base64url'),
    ].join('.')
  }

  open(sealed: string): string {
    const [version, iv, tag, ct] = sealed.split('.')
    if (version !== 'v1' || !iv || !tag || ct === undefined)
      throw new SecretBoxError('not a v1 sealed secret')
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
    } catch {
      throw new SecretBoxError('cannot decrypt a stored webhook secret: wrong VOICEHOOKS_ENCRYPTION_KEY?')
    }
  }
}
