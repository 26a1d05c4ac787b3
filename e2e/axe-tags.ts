/** The WCAG 2.2 A/AA rule sets, plus axe's best practices: what every axe run checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
