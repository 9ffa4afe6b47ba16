// Graphs drawn with Cytoscape.js. The instance is kept on its container (element.cy) so that end-to-end tests can
// read where each node was drawn; a list of the same nodes is rendered for readers that cannot see the canvas.
import cytoscape from 'cytoscape';

const style = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'font-size': 12, 'font-family': 'system-ui, "Noto Sans Arabic", "DejaVu Sans", sans-serif',
      'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#4f7cac', color: '#1d2733',
      width: 'data(size)', height: 'data(size)', 'text-wrap': 'wrap', 'text-max-width': 140,
    },
  },
  { selector: 'node[?center]', style: { 'background-color': '#c0504d', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)', 'font-size': 10, color: '#4a5563', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
      'text-background-padding': 2, width: 'data(weight)', 'line-color': '#a9b8c9', 'curve-style': 'bezier',
    },
  },
  { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.15 } },
];

function draw(container, elements, layout, onPick) {
  container.cy?.destroy();
  const cy = cytoscape({
    container, elements, style, layout, wheelSensitivity: 0.3, minZoom: 0.3, maxZoom: 3, autoungrabify: false,
  });
  cy.on('tap', 'node', event => onPick(event.target.id()));
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  container.cy = cy;
  return cy;
}

const size = meetings => Math.round(18 + 10 * Math.sqrt(meetings));

// A person in the middle and everyone they met around them: nodes sized by meetings, edges labelled with how many
// and when last.
export function drawNetwork(container, center, counterparts, label, onPick) {
  const total = counterparts.reduce((sum, c) => sum + c.meetings, 0);
  const elements = [
    { data: { id: center.key, label: label(center), size: size(total), center: true } },
    ...counterparts.map(c => ({ data: { id: c.person.key, label: label(c.person), size: size(c.meetings) } })),
    ...counterparts.map(c => ({
      data: {
        id: `${center.key}~${c.person.key}`, source: center.key, target: c.person.key,
        label: c.lastMet ? `${c.meetings} · ${c.lastMet}` : `${c.meetings}`, weight: Math.min(1 + c.meetings, 8),
      },
    })),
  ];
  return draw(container, elements, {
    name: 'concentric', concentric: n => (n.data('center') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 60, spacingFactor: 1.7,
    animate: false, padding: 30,
  }, onPick);
}

// A chain of persons, each linked to the next by the meeting they both attended, drawn left to right in reading order.
export function drawChain(container, steps, label, meetingLabel, rtl, onPick) {
  const elements = steps.map((s, i) => ({
    data: { id: s.person.key, label: label(s.person), size: 34, center: i === 0 || i === steps.length - 1 },
    position: { x: (rtl ? -1 : 1) * i * 200, y: i % 2 === 0 ? 0 : 40 },
  }));
  steps.slice(0, -1).forEach((s, i) => elements.push({
    data: { id: `step-${i}`, source: s.person.key, target: steps[i + 1].person.key, label: meetingLabel(s.meeting), weight: 3 },
  }));
  return draw(container, elements, { name: 'preset', padding: 40, fit: true }, onPick);
}
