// Read by <model-viewer> when it is defined (see model-viewer's features/loading docs).
self.ModelViewerElement = { meshoptDecoderLocation: '/meshopt/meshopt_decoder.cjs' };
