// A consumer's ESM program: every package through `import`.
import * as client from '@voicehooks/client'
import * as conformance from '@voicehooks/conformance'
import * as contracts from '@voicehooks/contracts'
import * as receiver from '@voicehooks/receiver'
import * as receiverWeb from '@voicehooks/receiver/web'
import * as signing from '@voicehooks/signing'
import scenario from '../scenario.cjs'

await scenario(
  { client, conformance, contracts, receiver, receiverWeb, signing },
  {
    label: `ESM on Node ${process.version}`,
    senderUrl: process.env.SENDER_URL,
    operatorToken: process.env.OPERATOR_TOKEN,
  },
)
