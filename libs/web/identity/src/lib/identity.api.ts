import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import type {
  ChangeEmailRequest,
  ChangePasswordRequest,
  DeleteAccountRequest,
  DownloadLink,
  Me,
  MessageResponse,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  SignInRequest,
  SignUpRequest,
  TokenRequest,
  UpdateProfileRequest,
} from '@agora/contracts';

import { exportFileName } from './account/export-file-name';

export interface DataExport {
  blob: Blob;
  fileName: string;
}

/** The identity endpoints of the API: accounts, e-mail links, passwords, the person's own data. */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);

  signUp(request: SignUpRequest): Promise<MessageResponse> {
    return firstValueFrom(this.http.post<MessageResponse>('/api/auth/sign-up', request));
  }

  signIn(request: SignInRequest): Promise<Me> {
    return firstValueFrom(this.http.post<Me>('/api/auth/sign-in', request));
  }

  verifyEmail(token: string): Promise<MessageResponse> {
    const body: TokenRequest = { token };
    return firstValueFrom(this.http.post<MessageResponse>('/api/auth/verify-email', body));
  }

  confirmEmailChange(token: string): Promise<MessageResponse> {
    const body: TokenRequest = { token };
    return firstValueFrom(this.http.post<MessageResponse>('/api/auth/email-change/confirm', body));
  }

  requestPasswordReset(request: PasswordResetRequest): Promise<MessageResponse> {
    return firstValueFrom(this.http.post<MessageResponse>('/api/auth/password-reset/request', request));
  }

  confirmPasswordReset(request: PasswordResetConfirmRequest): Promise<MessageResponse> {
    return firstValueFrom(this.http.post<MessageResponse>('/api/auth/password-reset/confirm', request));
  }

  updateProfile(request: UpdateProfileRequest): Promise<Me> {
    return firstValueFrom(this.http.patch<Me>('/api/me', request));
  }

  changePassword(request: ChangePasswordRequest): Promise<MessageResponse> {
    return firstValueFrom(this.http.post<MessageResponse>('/api/me/password', request));
  }

  changeEmail(request: ChangeEmailRequest): Promise<MessageResponse> {
    return firstValueFrom(this.http.post<MessageResponse>('/api/me/email', request));
  }

  /** Personal data only comes through a single-use link (5 minutes) that this request creates. */
  async exportData(): Promise<DataExport> {
    const link = await firstValueFrom(this.http.post<DownloadLink>('/api/me/export-link', {}));
    const response = await firstValueFrom(
      this.http.get(link.url, { responseType: 'blob', observe: 'response' }),
    ).catch(async (error: unknown) => {
      // With responseType 'blob', an error's JSON body arrives as a Blob too: read it for the message.
      if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
        throw new HttpErrorResponse({
          error: await error.error.text(),
          status: error.status,
          url: error.url ?? undefined,
        });
      }
      throw error;
    });
    return {
      blob: response.body ?? new Blob([], { type: 'application/json' }),
      fileName: exportFileName(response.headers.get('Content-Disposition')),
    };
  }

  /** Answers 200 with a message (the brief once said 204: then there is no body, and null comes back). */
  deleteAccount(request: DeleteAccountRequest): Promise<MessageResponse | null> {
    return firstValueFrom(this.http.post<MessageResponse | null>('/api/me/delete', request));
  }
}
