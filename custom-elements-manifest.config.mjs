// `cem analyze` (run by `npm run build`): the custom elements manifest from the elements' JSDoc
// (@fires, @csspart, @cssprop, @slot) and Lit's decorators, with paths pointing at the built
// modules a package user imports rather than at the TypeScript sources.
const toBuilt = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/shared/**', 'src/components/**/values.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'split-ship-built-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = toBuilt(module.path);
          for (const item of [...(module.declarations ?? []), ...(module.exports ?? [])]) {
            if (item.declaration?.module) item.declaration.module = toBuilt(item.declaration.module);
            for (const member of item.members ?? []) {
              if (member.inheritedFrom?.module) member.inheritedFrom.module = toBuilt(member.inheritedFrom.module);
            }
            if (item.superclass?.module) item.superclass.module = toBuilt(item.superclass.module);
          }
        }
      },
    },
  ],
};
