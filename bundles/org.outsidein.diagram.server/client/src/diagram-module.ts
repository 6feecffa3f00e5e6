// Which view draws each element type the server sends. Nodes and edges of any type are drawn from the style the
// server sends with them (styled-views.ts); only the two kinds of label differ in behaviour.
import {
    FeatureModule,
    GEdge,
    GLabel,
    GNode,
    TYPES,
    alignFeature,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature
} from '@eclipse-glsp/client';
import { StyledModelRegistry, StyledViewRegistry, STYLED_EDGE, STYLED_NODE } from './styled-registries';
import { StyledEdgeView, StyledLabelView, StyledNodeView } from './styled-views';

export const outsideInDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);
        rebind(TYPES.SModelRegistry).to(StyledModelRegistry).inSingletonScope();
        rebind(TYPES.ViewRegistry).to(StyledViewRegistry).inSingletonScope();
        configureModelElement(context, STYLED_NODE, GNode, StyledNodeView);
        configureModelElement(context, STYLED_EDGE, GEdge, StyledEdgeView);
        // The server centres labels (text-anchor middle at the middle of the node): the client must not align them
        // to their left edge, as it does by default once it has measured them.
        configureModelElement(context, 'label:heading', GLabel, StyledLabelView, { disable: [alignFeature] });
        // Labels the server accepts a new text for: double-click edits them in place.
        configureModelElement(context, 'label:name', GLabel, StyledLabelView, {
            enable: [editLabelFeature],
            disable: [alignFeature]
        });
    },
    { featureId: Symbol('outsideInDiagram') }
);
