// electron-vite's `?asset` imports (the image is copied beside the main bundle; the import is
// its path at run time).
/// <reference types="electron-vite/node" />
