// The product's one name, as people see it: the window's title and heading, the about line, the
// menus, the tray and its notifications, the sentences that name the app, and the data folder
// (Electron's userData uses the same). package.json's productName is the same (a test checks),
// so installers agree.

/** The name people see. */
export const PRODUCT_NAME = 'Cognito Token Manager';
