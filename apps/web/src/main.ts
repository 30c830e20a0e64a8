import { bootstrapApplication } from '@angular/platform-browser';

import { appConfig } from './app/app.config';
import { whenFirstPageShown } from './app/page-shown';
import { ShellComponent } from './app/shell.component';
import { APP_READY_EVENT } from './app/start-on-interaction.html';

// Evaluating the code and starting the app are two tasks, not one long one: between them the browser
// can paint, answer a tap or scroll (issue 7: a slow phone's main thread).
setTimeout(() => {
  bootstrapApplication(ShellComponent, appConfig)
    // A reading page's starter script then hands over what the visitor did in its form fields meanwhile.
    .then((app) => whenFirstPageShown(app))
    .then(() => document.dispatchEvent(new Event(APP_READY_EVENT)))
    .catch((error: unknown) => console.error(error));
});
