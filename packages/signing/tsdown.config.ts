import { defineConfig } from 'tsdown'
import { library } from '../../scripts/tsdown-library.js'

export default defineConfig(library({ index: 'src/index.ts', 'web/index': 'src/web/index.ts' }))
