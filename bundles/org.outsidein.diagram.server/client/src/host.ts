// The page talks to whoever hosts it. In a plain browser nobody listens, and exports are downloads. In the workbench
// the SWT browser installs functions on the page's window before its scripts run (see DiagramView): the page tells it
// what the user selected, and hands it exported pictures to write where the user chose.
import { CenterAction, GLSPActionDispatcher, SelectAction, SelectionService } from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { base64ToBytes, diagramPng, diagramSvg, download } from './export';

interface WorkbenchHost {
    /** The ids of the selected diagram elements, separated by spaces. */
    outsideinSelected?: (ids: string) => void;
    /** An export the workbench asked for with outsideinExport: its kind, and its content (PNG: base64). */
    outsideinExported?: (kind: string, content: string) => void;
    outsideinExportFailed?: (kind: string, message: string) => void;
    outsideinExport?: (kind: string) => void;
    /** Called by the workbench when the user selects elements elsewhere (the form pages): show them here. */
    outsideinReveal?: (ids: string) => void;
}

const host = window as unknown as WorkbenchHost;

export function connectHost(container: Container, dispatcher: GLSPActionDispatcher, diagramType: string): void {
    container.get(SelectionService).onSelectionChanged(change => {
        host.outsideinSelected?.(change.selectedElements.join(' '));
    });
    host.outsideinExport = kind => {
        exportAs(dispatcher, kind)
            .then(content => host.outsideinExported?.(kind, content))
            .catch(error => host.outsideinExportFailed?.(kind, String(error?.message ?? error)));
    };
    host.outsideinReveal = ids => {
        // Ids the diagram does not draw (an element on no diagram) are ignored by both actions.
        const shown = ids.split(' ').filter(id => id.length > 0);
        if (shown.length > 0) {
            dispatcher.dispatchAll([SelectAction.setSelection(shown), CenterAction.create(shown, { animate: false, retainZoom: true })]);
        }
    };
    for (const kind of ['svg', 'png']) {
        document.getElementById(`export-${kind}`)?.addEventListener('click', () => {
            exportAs(dispatcher, kind).then(content =>
                kind === 'svg'
                    ? download(`${diagramType}.svg`, 'image/svg+xml', content)
                    : download(`${diagramType}.png`, 'image/png', base64ToBytes(content))
            );
        });
    }
}

async function exportAs(dispatcher: GLSPActionDispatcher, kind: string): Promise<string> {
    const svg = await diagramSvg(dispatcher);
    return kind === 'png' ? diagramPng(svg) : svg;
}
