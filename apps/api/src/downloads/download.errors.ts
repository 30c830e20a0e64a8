import { gone, notFound } from '../errors/domain.error';

export const downloadErrors = {
  unknown: () =>
    notFound(
      'DOWNLOAD_LINK_UNKNOWN',
      'Ce lien de téléchargement n’existe pas. Demandez un nouveau fichier depuis la page d’où vous l’avez téléchargé.',
      'This download link does not exist. Ask for a new file from the page you downloaded it from.',
    ),
  used: () =>
    gone(
      'DOWNLOAD_LINK_USED',
      'Ce lien de téléchargement a déjà servi : il ne fonctionne qu’une fois. Demandez un nouveau fichier.',
      'This download link has already been used: it works only once. Ask for a new file.',
    ),
  expired: () =>
    gone(
      'DOWNLOAD_LINK_EXPIRED',
      'Ce lien de téléchargement a expiré (il est valable 5 minutes). Demandez un nouveau fichier.',
      'This download link has expired (it is valid for 5 minutes). Ask for a new file.',
    ),
};
