// Which rules each human report gathers. The findings list stays the single source.

export const linkRules = new Set(['link-broken', 'link-ambiguous', 'link-anchor-missing']);
export const duplicateRules = new Set(['slug-collision', 'page-name-duplicate', 'page-id-duplicate', 'alias-conflict', 'heading-id-duplicate', 'redirect-shadowed', 'redirect-chain', 'redirect-loop', 'redirect-dangling']);
