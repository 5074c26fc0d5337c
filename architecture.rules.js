/**
 * The arrows the architecture allows between the libs and apps (docs/architecture.md draws them),
 * as ESLint rules: `npm run lint` fails on an import that crosses a boundary the wrong way.
 * A module may import `#x` only if x is listed for it; relative paths into another lib or app
 * are refused everywhere, so `#x` (its public barrel) is the only door.
 */
export const ALLOWED_IMPORTS = {
  // The transactional outbox: the change records writes leave (search marks, change events).
  'libs/outbox': [],
  // Infrastructure shared by all; knows no module and no engine.
  'libs/core': ['outbox'],
  // The modules (bounded areas), lower ones first; a module never imports search.
  'libs/taxonomy': ['core', 'outbox'],
  'libs/directory': ['core', 'taxonomy', 'outbox'],
  'libs/identity': ['core', 'directory', 'outbox'],
  'libs/practices': ['core', 'taxonomy', 'directory', 'outbox'],
  'libs/exchanges': ['core', 'taxonomy', 'directory', 'practices', 'outbox'],
  // Side rooms: they see core only, and get what they need from the modules by composition.
  'libs/search': ['core', 'outbox'],
  'libs/transfer': ['core', 'outbox'],
  // Webhooks read change events and see records through what the composition root hands them.
  'libs/webhooks': ['core', 'outbox'],
  'libs/demo-data': ['core', 'transfer', 'identity', 'taxonomy', 'directory', 'practices', 'exchanges'],
  // The web app: pages for people, reading through the modules' services and search.
  'libs/web': ['core', 'taxonomy', 'directory', 'identity', 'practices', 'exchanges', 'search'],
  // The composition root shared by the apps: which modules exist and what they give search.
  'apps/composition': [
    'core',
    'outbox',
    'taxonomy',
    'directory',
    'identity',
    'practices',
    'exchanges',
    'search',
    'webhooks',
  ],
  'apps/api': [
    'core',
    'outbox',
    'taxonomy',
    'directory',
    'identity',
    'practices',
    'exchanges',
    'search',
    'transfer',
    'demo-data',
    'composition',
    'web',
    'webhooks',
  ],
  // The worker stands alone: it never loads the API's resolvers.
  'apps/worker': ['core', 'outbox', 'search', 'webhooks', 'composition'],
};

const ALL = [
  'outbox',
  'core',
  'taxonomy',
  'directory',
  'identity',
  'practices',
  'exchanges',
  'search',
  'transfer',
  'demo-data',
  'composition',
  'web',
  'webhooks',
];

/** ESLint config blocks, one per lib or app. */
export function architectureRules() {
  return Object.entries(ALLOWED_IMPORTS).map(([folder, allowed]) => {
    const forbidden = ALL.filter(
      (name) => !allowed.includes(name) && `libs/${name}` !== folder && `apps/${name}` !== folder,
    );
    return {
      files: [`${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(forbidden.length
                ? [
                    {
                      regex: `^#(${forbidden.join('|')})$`,
                      message: `${folder} may import only ${allowed.map((a) => `#${a}`).join(', ') || 'no other module'} (architecture.rules.js).`,
                    },
                  ]
                : []),
              {
                regex: '^(\\.\\./)+(\\.\\./)*(libs|apps)/|^(\\.\\./){2,}(?!src/)[a-z-]+/src/',
                message:
                  'Import another lib or app through its #name barrel, not by a relative path (architecture.rules.js).',
              },
            ],
          },
        ],
      },
    };
  });
}
