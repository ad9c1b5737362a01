import { discoverNames } from '../src/core/entities/discovery/discover'
import { MentionIndex } from '../src/core/entities/mention-index'
import { testLexicon } from '../test/support/lexicon'
import { entity } from '../test/unit/entities/make-entity'
const lecun = entity('lecun', { type: 'person', nameAr: 'يان ليكون', nameLatin: 'Yann LeCun' })
for (const [text, reg] of [['وقال يان لكون، كبير العلماء، إن النماذج الحالية محدودة.', [lecun]], ['وانضم ألكسندر وانغ، مؤسس الشركة، إلى الفريق. وكتب Alexandr Wang على حسابه أنه متحمس.', []]] as const) {
  const idx = new MentionIndex(reg as any)
  const known = idx.find(text)
  console.log(known, JSON.stringify(discoverNames([{ text, known }], { lexicon: testLexicon(), registry: reg as any }).map(n => [n.name, n.signals, n.sameAs])))
}
