import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../catalog/vt-catalog.js';
import './vt-compare.js';

const meta: Meta = {
  title: 'Elements/Compare',
  component: 'vt-compare',
  tags: ['autodocs'],
  render: () => html`<vt-catalog compare page-size="8"></vt-catalog><vt-compare></vt-compare>`,
  parameters: { docs: { story: { iframeHeight: '900px' } } },
};
export default meta;

type Story = StoryObj;

export const WithCatalog: Story = {
  name: 'With a catalog',
  parameters: {
    docs: {
      description: {
        story:
          'Tick "Compare" on two to four cards: the tray appears at the bottom; "Compare" opens the table, differences highlighted.',
      },
    },
  },
};
