import { defineConfig } from 'tsdown'
import { library } from '../../scripts/tsdown-library.js'

export default defineConfig(
  library({ index: 'src/index.ts', 'cli/index': 'src/cli/index.ts' }, { 'cli/bin': 'src/cli/bin.ts' }),
)
