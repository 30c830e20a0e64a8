import { bootstrapApplication } from '@angular/platform-browser';

import { appConfig } from './app/app.config';
import { ShellComponent } from './app/shell.component';

// Evaluating the code and starting the app are two tasks, not one long one: between them the browser
// can paint, answer a tap or scroll (issue 7: a slow phone's main thread).
setTimeout(() => {
  bootstrapApplication(ShellComponent, appConfig).catch((error: unknown) => console.error(error));
});
