// Which view draws each element type the server sends. The types are the server's (DiagramElementTypes.java):
// keep the two lists in step.
import {
    FeatureModule,
    GLabel,
    GLabelView,
    GNode,
    RoundedCornerNodeView,
    configureDefaultModelElements,
    configureModelElement,
    editLabelFeature
} from '@eclipse-glsp/client';

export const outsideInDiagramModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        configureDefaultModelElements(context);
        configureModelElement(context, 'node:container', GNode, RoundedCornerNodeView);
        configureModelElement(context, 'node:element', GNode, RoundedCornerNodeView);
        configureModelElement(context, 'label:heading', GLabel, GLabelView);
        // Labels the server accepts a new text for: double-click edits them in place.
        configureModelElement(context, 'label:name', GLabel, GLabelView, { enable: [editLabelFeature] });
    },
    { featureId: Symbol('outsideInDiagram') }
);
