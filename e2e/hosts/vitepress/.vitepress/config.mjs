// A writer's VitePress site with a playground in its Markdown: Vue must leave the element alone.
export default {
  title: 'Notes on learning rates',
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  vue: {
    template: { compilerOptions: { isCustomElement: (tag) => tag === 'lr-playground' } },
  },
};
