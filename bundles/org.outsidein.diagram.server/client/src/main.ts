// The browser side of `outsidein serve`: connects to the diagram server that served this page (with the session
// token the page's URL carries) and shows its diagram with the server's palette, undo, redo and save.
import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    DiagramLoader,
    GLSPActionDispatcher,
    GLSPWebSocketProvider,
    RedoAction,
    STANDALONE_MODULE_CONFIG,
    SaveModelAction,
    UndoAction,
    EditorContextService,
    FitToScreenAction,
    createDiagramOptionsModule,
    edgeIntersectionModule,
    initializeDiagramContainer
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import type { MessageConnection } from 'vscode-jsonrpc';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import './diagram.css';
import { outsideInDiagramModule } from './diagram-module';
import { connectHost } from './host';

interface Diagram { type: string; title: string; }

const page = new URL(window.location.href);
// Hosted in the workbench's Diagram view, which has its own list of diagrams and its own Save as SVG and PNG, the
// page keeps only the editing buttons: the view is narrow.
if (page.searchParams.has('embedded')) {
    document.body.classList.add('embedded');
}
const token = page.searchParams.get('token') ?? '';
// The server checks this token on the websocket upgrade; without it the connection is refused.
const webSocketUrl = `ws://${page.host}/glsp?token=${encodeURIComponent(token)}`;

let dispatcher: GLSPActionDispatcher | undefined;
let editorContext: EditorContextService | undefined;
let diagramType = '';

/** The model's diagrams, as the server lists them: the one the address names (else the first) is shown. */
async function chooseDiagram(): Promise<void> {
    const response = await fetch(`/diagrams?token=${encodeURIComponent(token)}`);
    const diagrams: Diagram[] = response.ok ? await response.json() : [];
    const wanted = page.searchParams.get('diagram');
    const shown = diagrams.find(diagram => diagram.type === wanted) ?? diagrams[0];
    diagramType = shown?.type ?? wanted ?? '';
    document.getElementById('title')!.textContent = shown?.title ?? 'Outside-In';
    document.title = shown?.title ?? 'Outside-In diagram';
    const list = document.getElementById('diagrams') as HTMLSelectElement;
    for (const diagram of diagrams) {
        list.add(new Option(diagram.title, diagram.type, false, diagram.type === diagramType));
    }
    list.hidden = diagrams.length < 2;
    list.addEventListener('change', () => {
        const next = new URL(page.href);
        next.searchParams.set('diagram', list.value);
        window.location.assign(next.href);
    });
}

async function connect(connection: MessageConnection): Promise<void> {
    const glspClient = new BaseJsonrpcGLSPClient({ id: 'outsidein', connectionProvider: connection });
    const container = new Container();
    initializeDiagramContainer(
        container,
        createDiagramOptionsModule(
            { clientId: 'diagram', diagramType, glspClientProvider: async () => glspClient, sourceUri: 'model' },
            { baseDiv: 'diagram' }
        ),
        outsideInDiagramModule,
        STANDALONE_MODULE_CONFIG,
        // The intersection finder sweeps every pair of edges on every drawing, hover included, so that a "jumping"
        // edge view could draw line jumps. Our edges draw none: at a thousand customers (4,660 edges) the sweep was
        // 2.9 s of the page's 3 s first drawing.
        { remove: edgeIntersectionModule }
    );
    dispatcher = container.get(GLSPActionDispatcher);
    connectHost(container, dispatcher, diagramType);
    editorContext = container.get(EditorContextService);
    editorContext.onDirtyStateChanged(change => showDirtyState(change.isDirty));
    await container.get(DiagramLoader).load();
    document.body.dataset.state = 'loaded';
}

function button(id: string, action: () => unknown): void {
    document.getElementById(id)?.addEventListener('click', () => dispatcher?.dispatch(action() as never));
}

button('undo', () => UndoAction.create());
button('redo', () => RedoAction.create());
button('save', () => SaveModelAction.create());
button('fit', () => FitToScreenAction.create(topLevelIds(), { padding: 20, animate: false }));

/** Every top-level element: with none named, sprotty fits the selection instead of the whole diagram. */
function topLevelIds(): string[] {
    try {
        return editorContext?.modelRoot.children.map(child => child.id) ?? [];
    } catch {
        return []; // no diagram yet
    }
}

function showDirtyState(isDirty: boolean): void {
    document.getElementById('dirty')!.textContent = isDirty ? 'unsaved changes' : 'saved';
}

chooseDiagram().then(() =>
    new GLSPWebSocketProvider(webSocketUrl).listen({ onConnection: connect, onReconnect: connect, logger: console })
);
