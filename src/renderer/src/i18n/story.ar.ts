/** Interface text of the story views (relation graph, timeline, figures), Arabic. */
export const arStory = {
  'story.heading': 'القصة',
  'story.tab.graph': 'العلاقات',
  'story.tab.timeline': 'الخط الزمني',
  'story.tab.figures': 'الأرقام',
  'story.focus': 'ما يخص {name}',
  'story.everything': 'اعرض الكل',
  'story.notYet': 'لم يُبنَ هذا العرض بعد.',
} as const
