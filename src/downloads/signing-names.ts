/** The names of the signature of SHA256SUMS and of the public key published beside it (see signing-fs.ts). */
export const SIGNATURE_FILE = 'SHA256SUMS.sig';
export const PUBLIC_KEY_FILE = 'SHA256SUMS.pub.pem';
