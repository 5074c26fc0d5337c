/**
 * The arrows the architecture allows between the libs and apps (docs/architecture.md draws them),
 * as ESLint rules: `npm run lint` fails on an import that crosses a boundary the wrong way.
 * A module may import `#x` only if x is listed for it; relative paths into another lib or app
 * are refused everywhere, so `#x` (its public barrel) is the only door.
 */
export const ALLOWED_IMPORTS = {
  // Infrastructure shared by all; knows no module and no engine.
  'libs/core': [],
  // The modules (bounded areas), lower ones first; a module never imports search.
  'libs/taxonomy': ['core'],
  'libs/directory': ['core', 'taxonomy'],
  'libs/identity': ['core', 'directory'],
  'libs/practices': ['core', 'taxonomy', 'directory'],
  'libs/exchanges': ['core', 'taxonomy', 'directory', 'practices'],
  // Side rooms: they see core only, and get what they need from the modules by composition.
  'libs/search': ['core'],
  'libs/transfer': ['core'],
  'libs/demo-data': ['core', 'transfer', 'identity', 'taxonomy', 'directory', 'practices', 'exchanges'],
  // The web app: pages for people, reading through the modules' services and search.
  'libs/web': ['core', 'taxonomy', 'directory', 'identity', 'practices', 'exchanges', 'search'],
  // The composition root shared by the apps: which modules exist and what they give search.
  'apps/composition': ['core', 'taxonomy', 'directory', 'identity', 'practices', 'exchanges', 'search'],
  'apps/api': [
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
  ],
  // The worker stands alone: it never loads the API's resolvers.
  'apps/worker': ['core', 'search', 'composition'],
};

const ALL = [
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
