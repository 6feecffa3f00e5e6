// The diagram as files a user keeps: an SVG styled as on screen (GLSP's exporter copies the page's styles into it)
// and a PNG drawn from that SVG by the browser itself, so both hosts (a plain browser, the workbench) get the same
// pictures without a rasteriser of our own.
import { GLSPActionDispatcher, RequestExportSvgAction } from '@eclipse-glsp/client';

export async function diagramSvg(dispatcher: GLSPActionDispatcher): Promise<string> {
    const exported = await dispatcher.request(RequestExportSvgAction.create());
    return exported.svg;
}

/** The PNG, as base64, at twice the diagram's size so that labels stay sharp when printed. */
export async function diagramPng(svg: string, scale = 2): Promise<string> {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the diagram could not be drawn as an image'));
    });
    image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.ceil(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.ceil(image.naturalHeight * scale));
    const drawing = canvas.getContext('2d')!;
    drawing.fillStyle = '#ffffff';
    drawing.fillRect(0, 0, canvas.width, canvas.height);
    drawing.scale(scale, scale);
    drawing.drawImage(image, 0, 0);
    return canvas.toDataURL('image/png').substring('data:image/png;base64,'.length);
}

/** Offers a file to the user of a plain browser, as a download. */
export function download(name: string, type: string, content: string | Uint8Array): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function base64ToBytes(base64: string): Uint8Array {
    return Uint8Array.from(atob(base64), character => character.charCodeAt(0));
}
