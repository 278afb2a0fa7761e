'use strict'
// A consumer's CommonJS program (`npm init -y` style): every package through `require`.
const scenario = require('../scenario.cjs')

scenario(
  {
    client: require('@voicehooks/client'),
    conformance: require('@voicehooks/conformance'),
    contracts: require('@voicehooks/contracts'),
    receiver: require('@voicehooks/receiver'),
    receiverWeb: require('@voicehooks/receiver/web'),
    signing: require('@voicehooks/signing'),
  },
  {
    label: `CommonJS on Node ${process.version}`,
    senderUrl: process.env.SENDER_URL,
    operatorToken: process.env.OPERATOR_TOKEN,
  },
).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
