import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type { Locale, Me, MessageResponse, UpdateProfileRequest } from '@agora/contracts';

/** The calls the whole app needs for the session; feature-specific calls live in each feature's API. */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly http = inject(HttpClient);

  /** Makes the API set the readable XSRF-TOKEN cookie that every later write echoes. */
  fetchCsrfCookie(): Promise<unknown> {
    return firstValueFrom(this.http.get('/api/auth/csrf'));
  }

  me(): Promise<Me> {
    return firstValueFrom(this.http.get<Me>('/api/me'));
  }

  /** For a signed-in person whose address is not verified yet. */
  resendVerification(): Promise<MessageResponse> {
    return firstValueFrom(this.http.post<MessageResponse>('/api/auth/verify-email/resend', null));
  }

  signOut(): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/auth/sign-out', null));
  }

  updateLocale(locale: Locale): Promise<Me> {
    const body: UpdateProfileRequest = { locale };
    return firstValueFrom(this.http.patch<Me>('/api/me', body));
  }
}
