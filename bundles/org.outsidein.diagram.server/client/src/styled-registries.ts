// The server names node and edge types after what they show (node:<mapping>, edge:<mapping>: DiagramElementTypes.java),
// so the client cannot list them in advance: any node or edge type it has no registration of is made and drawn as the
// styled node or edge.
import { GModelRegistry, GViewRegistry, IView } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

export const STYLED_NODE = 'node:styled';
export const STYLED_EDGE = 'edge:styled';

function styledTypeOf(type: string): string | undefined {
    if (type.startsWith('node:')) {
        return STYLED_NODE;
    }
    return type.startsWith('edge:') ? STYLED_EDGE : undefined;
}

@injectable()
export class StyledModelRegistry extends GModelRegistry {
    override hasKey(key: string): boolean {
        const styled = styledTypeOf(key);
        return super.hasKey(key) || (styled !== undefined && super.hasKey(styled));
    }

    override get(key: string, arg: unknown): any {
        const styled = styledTypeOf(key);
        return super.hasKey(key) || styled === undefined ? super.get(key, arg) : super.get(styled, arg);
    }
}

@injectable()
export class StyledViewRegistry extends GViewRegistry {
    override missing(key: string): IView {
        const styled = styledTypeOf(key);
        return styled !== undefined && this.hasKey(styled) ? this.get(styled) : super.missing(key);
    }
}
