import { describe, expect, it } from 'vitest'
import { capture } from '../../test/cli-io.js'
import { renderProgress, startProgress } from './progress.js'
import { cellText, formatRecord, formatTable, truncate } from './table.js'

interface Row {
  id: string
  url: string
  events: string[] | null
  active: boolean
  attempts: number
}

const rows: Row[] = [
  {
    id: 'wh_01KERKS8Z07QRDTVMD9F99CQBK',
    url: 'https://hooks.example.com/voicehooks',
    events: ['call.completed', 'call.failed'],
    active: true,
    attempts: 6,
  },
  { id: 'wh_2', url: 'https://a.example/' + 'x'.repeat(80), events: null, active: false, attempts: 12 },
]

describe('formatTable', () => {
  it('aligns columns under upper-case headers and truncates long cells with …', () => {
    const text = formatTable(rows, [
      { header: 'id', value: (r) => r.id, maxWidth: Number.POSITIVE_INFINITY },
      { header: 'url', value: (r) => r.url, maxWidth: 30 },
      { header: 'events', value: (r) => r.events },
      { header: 'active', value: (r) => r.active },
      { header: 'tries', value: (r) => r.attempts, align: 'right' },
    ])
    expect(text).toBe(
      [
        'ID                             URL                             EVENTS                      ACTIVE  TRIES',
        'wh_01KERKS8Z07QRDTVMD9F99CQBK  https://hooks.example.com/voi…  call.completed,call.failed  yes         6',
        'wh_2                           https://a.example/xxxxxxxxxxx…  -                           no         12',
        '',
      ].join('\n'),
    )
  })

  it('leaves no trailing blanks on left-aligned last columns', () => {
    const text = formatTable(
      [
        { a: 'long value', b: 'x' },
        { a: 'y', b: 'also long' },
      ],
      [
        { header: 'a', value: (r) => r.a },
        { header: 'b', value: (r) => r.b },
      ],
    )
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd())
  })

  it('prints only the header row for no rows', () => {
    expect(formatTable([], [{ header: 'id', value: () => '' }])).toBe('ID\n')
  })
})

describe('cells', () => {
  it.each([
    [null, '-'],
    [undefined, '-'],
    ['', '-'],
    [true, 'yes'],
    [[], '-'],
    [['a', 'b'], 'a,b'],
    [{ 'X-Token': 't' }, '{"X-Token":"t"}'],
    ['two\nlines', 'two lines'],
    [503, '503'],
  ])('%j → %j', (value, text) => {
    expect(cellText(value)).toBe(text)
  })

  it('truncates by characters, not bytes', () => {
    expect(truncate('ééééé', 4)).toBe('ééé…')
    expect(truncate('abc', 3)).toBe('abc')
  })

  it('formats a record with aligned keys', () => {
    expect(formatRecord({ id: 'wh_1', active: true, description: null })).toBe(
      'id           wh_1\nactive       yes\ndescription  -\n',
    )
  })
})

describe('progress', () => {
  it('renders a bar with counts and percent', () => {
    expect(renderProgress('replaying', 3, 12)).toBe(`replaying [${'#'.repeat(8)}${'.'.repeat(22)}] 3/12  25%`)
    expect(renderProgress('x', 0, 0)).toBe(`x [${'#'.repeat(30)}] 0/0 100%`)
  })

  it('draws on a TTY and writes nothing otherwise', () => {
    const tty = capture(true)
    const bar = startProgress(tty, 'sending', 2)
    bar.tick()
    bar.tick()
    bar.finish()
    expect(tty.text).toContain('sending [')
    expect(tty.text).toContain('2/2 100%')
    const pipe = capture(false)
    const silent = startProgress(pipe, 'sending', 2)
    silent.tick()
    silent.finish()
    expect(pipe.text).toBe('')
  })
})
