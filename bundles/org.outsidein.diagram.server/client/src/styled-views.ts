// Views that draw any node or edge from the style the server sends as the element's arguments (shape, fill, border,
// label colour, bold; line, width, arrow: DiagramStyle.java), so that a diagram description's new mapping or style
// needs no client code.
import {
    GEdge,
    GLabel,
    GNode,
    IViewArgs,
    PolylineEdgeView,
    RenderingContext,
    ShapeView,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import type { VNode } from 'snabbdom';

type Style = Record<string, string | undefined>;
interface Point { x: number; y: number; }

function styleOf(element: unknown): Style {
    return ((element as { args?: Style }).args ?? {}) as Style;
}

/** Only plain colours reach the page's styles (the server checks too). */
function colour(value: string | undefined, fallback: string): string {
    return value !== undefined && /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(value) ? value : fallback;
}

function outline(shape: string | undefined, width: number, height: number, data: Record<string, unknown>): VNode {
    switch (shape) {
        case 'ellipse':
            return svg('ellipse', { cx: width / 2, cy: height / 2, rx: width / 2, ry: height / 2, ...data });
        case 'diamond':
            return svg('polygon', { points: `${width / 2},0 ${width},${height / 2} ${width / 2},${height} 0,${height / 2}`, ...data });
        case 'note':
            return svg('polygon', { points: `0,0 ${width - 10},0 ${width},10 ${width},${height} 0,${height}`, ...data });
        case 'rounded':
            return svg('rect', { x: 0, y: 0, rx: 10, ry: 10, width, height, ...data });
        default:
            return svg('rect', { x: 0, y: 0, width, height, ...data });
    }
}

@injectable()
export class StyledNodeView extends ShapeView {
    override render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const style = styleOf(node);
        const shape = outline(style.shape, Math.max(0, node.size.width), Math.max(0, node.size.height), {
            'class-sprotty-node': true,
            'class-selected': node.selected,
            'class-mouseover': node.hoverFeedback,
            'style-fill': colour(style.fill, '#ffffff'),
            'style-stroke': colour(style.border, '#555555'),
            'style-stroke-dasharray': style.aggregate === 'true' ? '4 3' : undefined
        });
        return svg('g', null, shape, ...context.renderChildren(node));
    }
}

@injectable()
export class StyledLabelView extends ShapeView {
    override render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(label, context)) {
            return undefined;
        }
        const style = styleOf(label);
        return svg('text', {
            'class-sprotty-label': true,
            'style-fill': colour(style.labelColour, '#1b2733'),
            'style-font-weight': style.bold === 'true' ? 'bold' : 'normal'
        }, label.text);
    }
}

@injectable()
export class StyledEdgeView extends PolylineEdgeView {
    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext, args?: IViewArgs): VNode {
        const style = styleOf(edge);
        const line = super.renderLine(edge, segments, context, args);
        line.data = line.data ?? {};
        line.data.style = {
            ...(line.data.style ?? {}),
            stroke: colour(style.border, '#8a9bab'),
            strokeWidth: style.width ?? '1',
            strokeDasharray: style.line === 'dashed' ? '6 4' : style.line === 'dotted' ? '2 3' : 'none'
        };
        return line;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const style = styleOf(edge);
        if (segments.length < 2) {
            return [];
        }
        const additionals: VNode[] = [];
        if (style.arrow === 'true') {
            const from = segments[segments.length - 2];
            const to = segments[segments.length - 1];
            const degrees = (Math.atan2(from.y - to.y, from.x - to.x) * 180) / Math.PI;
            additionals.push(svg('path', {
                'class-sprotty-edge-arrow': true,
                d: 'M 1.5,0 L 10,-4 L 10,4 Z',
                transform: `rotate(${degrees} ${to.x} ${to.y}) translate(${to.x} ${to.y})`,
                'style-fill': colour(style.border, '#8a9bab')
            }));
        }
        if (style.text) {
            // A folded edge's count, at the middle of its middle segment (a text node: never read as markup).
            const index = Math.floor((segments.length - 1) / 2);
            const x = (segments[index].x + segments[index + 1].x) / 2;
            const y = (segments[index].y + segments[index + 1].y) / 2;
            additionals.push(svg('text', {
                'class-edge-text': true,
                x,
                y: y - 4,
                'style-fill': colour(style.border, '#555555')
            }, style.text));
        }
        return additionals;
    }
}
