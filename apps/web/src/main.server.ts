import { BootstrapContext, bootstrapApplication } from '@angular/platform-browser';

import { serverConfig } from './app/app.config.server';
import { ShellComponent } from './app/shell.component';

/** The server-side entry: the same shell and routes as main.ts, rendered to HTML for one request. */
const bootstrap = (context: BootstrapContext) => bootstrapApplication(ShellComponent, serverConfig, context);

export default bootstrap;
