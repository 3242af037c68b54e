# fr. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = Le bot n’est pas configuré correctement. Les admins peuvent en voir la raison dans son journal.
error-database = La base de données est indisponible pour le moment. Réessaie dans un instant.
error-restarting = Le bot redémarre. Réessaie dans un instant.
error-discord-refused = Discord a refusé ma requête ({ $status }). Réessaie dans un instant.
error-missing-permission = Il te faut la permission { $permissions } pour faire ça.
error-server-only = Ça ne fonctionne que sur un serveur.
error-not-in-ticket = Utilise ceci dans le salon d’un ticket.
error-check-failed = Tu ne peux pas utiliser ça ici.
error-unexpected = Quelque chose s’est mal passé de mon côté. Si ça se reproduit, donne aux admins cet identifiant d’erreur : `{ $id }`.
error-not-configured = Les tickets ne sont pas encore configurés sur ce serveur. Un admin doit lancer `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Tu as déjà un ticket { $type } ouvert.
           *[other] Tu as déjà { $limit } tickets { $type } ouverts.
        }
        [type] { $limit ->
            [one] Tu as déjà un ticket ouvert de ce type.
           *[other] Tu as déjà { $limit } tickets ouverts de ce type.
        }
       *[server] { $limit ->
            [one] Tu as déjà un ticket ouvert.
           *[other] Tu as déjà { $limit } tickets ouverts.
        }
    } Ferme-en un avant d’en ouvrir un autre.
error-type-name-taken = Il existe déjà un type de ticket nommé « { $name } ».
error-ticket-not-pending = Le ticket { $ticket_id } n’attend pas de salon.

## Tickets

welcome-default = Merci de nous avoir contactés ! Décris ton problème, un membre du staff va s’occuper de toi très vite.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
welcome-opened-by = Ouvert par
welcome-reason = Raison
welcome-claimed-by = Pris en charge par
welcome-no-reason = Aucune raison donnée
welcome-footer = Appuie sur Fermer une fois ton problème résolu.
join-notice = Nouveau ticket { $type } { $label } de { $opener } : { $place }. Rejoins-le pour participer.
notice-claimed = { $actor } a pris en charge ce ticket et va s’en occuper.
notice-transferred = { $actor } a confié ce ticket à { $claimer }.
notice-unclaimed = { $actor } ne prend plus en charge ce ticket.
notice-unclaimed-held = { $actor } a libéré ce ticket (il était pris en charge par { $held }).
notice-member-added = { $member } a été ajouté à ce ticket par { $actor }.
notice-member-removed = { $member } a été retiré de ce ticket par { $actor }.
notice-close-requested = { $opener }, { $actor } aimerait fermer ce ticket{ $with_reason ->
        [true] {" "}: { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}Il se fermera tout seul { $due }, sauf si tu le gardes ouvert.
       *[other] {""}
    }
notice-idle-warning = { $opener }, ce ticket { $by_opener ->
        [true] n’a pas reçu de message de ta part
       *[other] est calme
    } depuis un moment et se fermera tout seul { $due }. Écris n’importe quoi ici pour le garder ouvert.
close-summary-title = Ticket { $label } fermé
close-summary-server = Serveur
close-summary-closed-by = Fermé par
close-summary-opened = Ouvert
close-summary-closed = Fermé
close-summary-duration = Durée
close-summary-participants = Participants
close-summary-messages = Messages
close-summary-no-transcript = pas de transcription
close-summary-transcript = Transcription
close-summary-transcript-link = [La lire dans le navigateur]({ $link }) (le lien n’est valable que pour une durée limitée)
audit-by = par { $actor }
audit-author = { $heading } · { $label }
ticket-not-a-ticket = Ce salon n’est pas un ticket.
ticket-server-gone = Ce ticket appartient à un serveur sur lequel je ne suis pas.
ticket-place-gone = Le salon du ticket { $label } n’existe plus.
ticket-still-opening = Le ticket { $label } est encore en cours d’ouverture ; réessaie dans un instant.
ticket-already-closing = Le ticket { $label } est déjà en cours de fermeture.
ticket-closed = Le ticket { $label } est fermé.
refusal-staff-only = { $action ->
        [add-members] Seul le staff peut ajouter des membres aux tickets.
        [remove-members] Seul le staff peut retirer des membres des tickets.
        [join] Seul le staff peut rejoindre les tickets.
        [claim] Seul le staff peut prendre en charge les tickets.
        [transfer] Seul le staff peut confier les tickets à quelqu’un d’autre.
        [auto-close] Seul le staff peut modifier la fermeture automatique.
        [rename] Seul le staff peut renommer les tickets.
        [move] Seul le staff peut déplacer les tickets.
        [request-close] Seul le staff peut demander la fermeture des tickets.
        [reopen] Seul le staff peut rouvrir les tickets.
       *[other] Seul le staff peut faire ça.
    }
refusal-close = Seule la personne qui a ouvert ce ticket, ou le staff, peut le fermer.
staff-role-everyone = @everyone ne peut pas être un rôle staff : tous les membres pourraient alors lire et fermer tous les tickets.
staff-role-managed = { $role } est géré par une intégration (un bot ou un abonnement), ce n’est donc pas toi qui choisis ses membres ; prends un rôle que tu attribues toi-même.
staff-role-above-bot = { $role } est au niveau de mon rôle le plus haut ou au-dessus, je ne peux donc pas le gérer. Place mon rôle au-dessus dans Paramètres du serveur → Rôles, ou choisis un autre rôle.
limit-out-of-range = La limite doit être comprise entre { $low } et { $high } tickets ouverts par membre.
place-refused = Discord ne m’a pas laissé { $action } : il me manque une permission à cet endroit.
place-failed = Discord a échoué alors que je voulais { $action } ({ $status }). Réessaie, s’il te plaît.
place-category-full = { $count ->
        [0] La catégorie des tickets est pleine
        [one] La catégorie { $categories } est pleine
       *[other] Les catégories { $categories } sont pleines
    } (Discord autorise 50 salons par catégorie), donc aucun ticket ne peut être ouvert pour l’instant. Ferme quelques tickets ou demande à un admin d’ajouter une catégorie de débordement (`/setup` ou `/type edit`).
place-server-full = Ce serveur a atteint la limite de Discord de 500 salons, donc aucun salon ne peut être créé.
place-action-grant = donner à { $member } l’accès à ce ticket
place-action-join = t’ajouter à ce ticket
place-action-revoke = retirer { $member } de ce ticket
place-action-create = créer le salon du ticket
place-action-welcome = t’accueillir dans le salon du ticket
place-action-claim = changer qui peut travailler sur ce ticket
place-action-rename = renommer ce ticket
place-action-move = déplacer ce ticket
place-action-retire = supprimer ou archiver le salon de ce ticket
place-action-retire-closed = supprimer ou archiver le salon de ce ticket ; le ticket est fermé
place-action-reopen = rouvrir ce ticket
place-action-read = lire les messages de ce ticket pour sa transcription
place-action-post-transcript = publier la transcription dans le salon de logs
place-action-stays-open = { $step } ; le ticket reste ouvert
claim-already-yours = Tu as déjà pris en charge ce ticket. `/ticket unclaim` le libère.
claim-already-taken = { $claimer } a déjà pris en charge ce ticket.
claim-none = Personne n’a pris en charge ce ticket.
claim-transfer-not-staff = { $member } ne fait pas partie du staff de ce ticket, il ne peut donc pas lui être confié.
claim-transfer-same = { $member } a déjà ce ticket.
claim-held = { $claimer } a pris en charge ce ticket ; seule cette personne ou un admin peut changer ça.
claim-raced = { $known ->
        [true] { $claimer } a changé
       *[other] Quelqu’un a changé
    } la prise en charge de ce ticket juste avant toi ; réessaie.
close-request-own = C’est ton propre ticket : ferme-le avec `/ticket close`.
close-request-opener-only = Seule la personne qui a ouvert ce ticket peut répondre à sa demande de fermeture.
notice-kept-open = { $actor } a gardé ce ticket ouvert.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } a demandé à fermer ce ticket ({ $reason })
       *[other] { $actor } a demandé à fermer ce ticket
    }
close-reason-no-answer = { $with_reason ->
        [true] Pas de réponse à la demande de fermeture : { $reason }
       *[other] Pas de réponse à la demande de fermeture
    }
rename-empty = Un nom de salon doit contenir au moins une lettre ou un chiffre.
rename-same = Le salon s’appelle déjà #{ $name }.
rename-rate-limited = Discord autorise deux renommages par salon toutes les dix minutes ; celui-ci pourra être renommé { $again }.
notice-renamed = { $actor } a renommé ce ticket en #{ $name }.
move-same = Le ticket { $label } est déjà un ticket { $type }.
ticket-changed-meanwhile = Le ticket { $label } a changé entre-temps ; réessaie.
notice-moved = { $had_type ->
        [true] { $actor } a déplacé ce ticket de { $before } vers { $type }.
       *[other] { $actor } a déplacé ce ticket vers { $type }.
    }
discord-reason-renamed = Ticket { $label } renommé
notice-auto-close = { $enabled ->
        [true] { $actor } a réglé ce ticket pour qu’il se ferme de nouveau en cas d’inactivité.
       *[other] { $actor } a réglé ce ticket pour qu’il ne se ferme plus en cas d’inactivité.
    }
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] Aucune activité depuis { $amount } minute
           *[other] Aucune activité depuis { $amount } minutes
        }
       *[hours] { $amount ->
            [one] Aucune activité depuis { $amount } heure
           *[other] Aucune activité depuis { $amount } heures
        }
    }
member-bot = Les bots ne peuvent pas être ajoutés aux tickets.
member-already-in = { $member } est déjà dans ce ticket.
member-remove-opener = La personne qui a ouvert le ticket ne peut pas en être retirée. Ferme plutôt le ticket.
member-remove-staff = { $member } fait partie du staff : son rôle lui donne accès à tous les tickets. Retire-lui le rôle staff pour l’en retirer.
member-not-in = { $member } n’est pas dans ce ticket.
join-sees-already = Tu vois déjà le ticket { $label } : { $place }.
join-in-already = Tu es déjà dans le ticket { $label } : { $place }.
notice-joined = { $member } a rejoint ce ticket.
notice-opener-left = { $opener } a quitté le serveur. Le ticket reste ouvert ; ferme-le quand vous avez terminé.
discord-reason-added = Ajouté au ticket { $label } par { $actor }
discord-reason-joined = A rejoint le ticket { $label }
discord-reason-removed = Retiré du ticket { $label } par { $actor }
ticket-type-default = Support
open-type-gone = Ce type de ticket n’existe plus. Demande à un admin de mettre à jour le panneau.
open-cooldown = Tu viens d’ouvrir un ticket { $type }. Tu pourras en ouvrir un autre { $again }.
discord-reason-open-failed = Le ticket { $label } n’a pas pu être ouvert
discord-reason-withdrawn = Le ticket { $label } a été retiré
audit-detail-opened = { $with_reason ->
        [true] { $opener } a ouvert { $place } : { $reason }
       *[other] { $opener } a ouvert { $place }
    }{ $resumed ->
        [true] {"\u000A"}(terminé après une interruption)
       *[other] {""}
    }
notice-closed-by-bot = Ticket { $label } fermé : { $reason }.
close-open-again = Le ticket { $label } est de nouveau ouvert ; ferme-le à nouveau s’il doit être fermé.
close-log-channel-gone = Le salon de logs n’existe plus, la transcription ne peut donc pas être enregistrée. Le ticket reste ouvert ; un admin doit relancer `/setup`.
close-transcript-held = La transcription du ticket { $label } n’a pas été publiée ici : tout le monde peut lire { $channel }. Elle est enregistrée. Un admin doit retirer la permission Voir le salon à @everyone ici (et l’accorder au rôle staff) ; `/doctor` le vérifie.
close-reason-channel-deleted = Salon supprimé en dehors du bot
close-reason-thread-deleted = Fil supprimé en dehors du bot
close-reason-thread-channel-deleted = Salon du fil supprimé en dehors du bot
close-reason-opener-left = L’auteur du ticket a quitté le serveur
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } de { $opener } archivé : { $reason }
           *[other] Ticket { $label } de { $opener } archivé : aucune raison donnée
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } de { $opener } fermé : { $reason }
           *[other] Ticket { $label } de { $opener } fermé : aucune raison donnée
        }
    }
audit-detail-retire-refused = { $known ->
        [true] Le ticket { $label } de { $opener } est fermé et sa transcription enregistrée, mais { $place } existe toujours : { $why } Je continue d’essayer ; `/ticket close` dans ce salon réessaie tout de suite.
       *[other] Le ticket { $label } de { $opener } est fermé et sa transcription enregistrée, mais son salon existe toujours : { $why } Je continue d’essayer ; `/ticket close` dans ce salon réessaie tout de suite.
    }
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } a déjà { $limit } ticket ouvert, le maximum pour ce type ; l’un d’eux doit d’abord être fermé.
           *[other] { $opener } a déjà { $limit } tickets ouverts, le maximum pour ce type ; l’un d’eux doit d’abord être fermé.
        }
       *[other] { $limit ->
            [one] { $opener } a déjà { $limit } ticket ouvert, le maximum autorisé ; l’un d’eux doit d’abord être fermé.
           *[other] { $opener } a déjà { $limit } tickets ouverts, le maximum autorisé ; l’un d’eux doit d’abord être fermé.
        }
    }
reopen-raced = Le ticket { $label } vient d’être rouvert.
reopen-is-open = Le ticket { $label } est ouvert.
reopen-is-closing = Le ticket { $label } est en cours de fermeture ; rouvre-le une fois qu’il est archivé.
reopen-place-deleted = Le salon du ticket { $label } a été supprimé, il ne peut donc pas être rouvert ; ouvre un nouveau ticket.
reopen-not-archived = Le ticket { $label } a été fermé sans archiver son salon, il ne peut donc pas être rouvert.
notice-reopened = { $actor } a rouvert ce ticket.
audit-detail-reopen-undone = Le ticket { $label } n’a pas pu être rouvert : { $why }
discord-reason-unknown-channel = Salon de ticket qu’aucun dossier de ticket ne connaît (perdu lors d’un plantage)
close-reason-missing-at-start = Salon introuvable au démarrage
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] Je n’ai pas pu finir de fermer le ticket { $label } de { $opener } dans { $place } : { $why }
           *[other] Je n’ai pas pu finir de fermer le ticket { $label } de { $opener } dans son salon : { $why }
        }
       *[other] { $known ->
            [true] Je n’ai pas pu finir d’ouvrir le ticket { $label } de { $opener } dans { $place } : { $why }
           *[other] Je n’ai pas pu finir d’ouvrir le ticket { $label } de { $opener } dans son salon : { $why }
        }
    }{"\u000A"}Je continue d’essayer ; vérifie mes permissions à cet endroit.
permissions-missing-in = { $permissions } dans { $channel }
permissions-missing-list = { $first } ; { $rest }
permissions-missing = Il me manque des permissions : { $problems }. Accorde-les à mon rôle et relance la commande.
place-ticket-category-gone = La catégorie des tickets n’existe plus. Un admin doit relancer `/setup`.
place-ticket-category-full = La catégorie des tickets **{ $category }** est pleine (Discord autorise 50 salons par catégorie) ; ferme d’abord quelques tickets.
place-categories-full = Toutes les catégories de tickets sont pleines et ce serveur compte { $channels } salons, près de la limite de Discord de { $limit } : aucun ticket ne peut être ouvert pour l’instant. Ferme quelques tickets ou supprime des salons inutilisés.
place-archive-gone-stays-open = La catégorie d’archive n’existe plus, le ticket reste donc ouvert. Un admin doit relancer `/setup`.
place-archive-gone = La catégorie d’archive n’existe plus. Un admin doit relancer `/setup`.
place-archive-full = La catégorie d’archive **{ $category }** est pleine (Discord autorise 50 salons par catégorie), le ticket reste donc ouvert. Un admin peut y supprimer d’anciens tickets archivés ou choisir une autre catégorie d’archive avec `/setup`.
place-thread-channel-gone = Le salon des tickets en fil n’existe plus. Un admin doit en choisir un autre avec `/type edit thread_channel`.
place-thread-move = Un ticket en fil ne peut être déplacé que vers un type dont les tickets sont des fils dans le même salon.
discord-reason-opened = Ticket { $label } ouvert par { $opener }
discord-reason-opened-resumed = Ticket { $label } ouvert après une interruption
discord-reason-opener-gone = Le ticket { $label } n’a pas pu être ouvert : son auteur est parti
discord-reason-categories-full = Toutes les catégories de tickets sont pleines (50 salons chacune)
discord-reason-closed = Ticket { $label } fermé
discord-reason-archived = Ticket { $label } archivé
discord-reason-reopened = Ticket { $label } rouvert
discord-reason-claim = Prise en charge du ticket modifiée
discord-reason-moved = Ticket { $label } déplacé vers un autre type
discord-reason-synced = Ticket remis en accord avec son dossier
form-prompt = Les tickets **{ $type }** commencent par quelques questions.
reply-opened = Ton ticket { $label } est ouvert : { $place }
reply-retire-refused = Le ticket { $label } est fermé et sa transcription enregistrée, mais son salon existe toujours : { $why } Une fois le problème réglé, `/ticket close` dans ce salon termine la fermeture.
reply-kept-open = Le ticket { $label } reste ouvert.
reply-close-requested = On a demandé à l’auteur de { $label } s’il peut être fermé.
reply-closed = { $archived ->
        [true] Ticket { $label } archivé.
       *[other] Ticket { $label } fermé.
    }{ $copy ->
        [sent] {" "}Une copie de la transcription a été envoyée à l’auteur du ticket.
        [refused] {" "}L’auteur du ticket n’accepte pas les messages privés, aucune copie ne lui a donc été envoyée.
        [failed] {" "}Discord n’a pas réussi à remettre sa copie de la transcription à l’auteur du ticket.
       *[none] {""}
    }{ $held ->
        [true] {" "}Tout le monde peut lire le salon de logs : la transcription a été enregistrée mais pas publiée là-bas.
       *[other] {""}
    }
notice-closed = { $with_reason ->
        [true] Le ticket { $label } a été fermé par { $closer } : { $reason }.
       *[other] Le ticket { $label } a été fermé par { $closer } : aucune raison donnée.
    }{ $with_transcript ->
        [true] {"\u000A"}La transcription est enregistrée : { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] Ce salon est archivé en lecture seule.
       *[other] { $seconds ->
            [one] Ce salon sera supprimé dans { $seconds } seconde.
           *[other] Ce salon sera supprimé dans { $seconds } secondes.
        }
    }
reply-reopened = Le ticket { $label } est de nouveau ouvert.
reply-renamed = Le ticket s’appelle maintenant #{ $name }.
reply-moved = Ticket { $label } déplacé ; c’est maintenant le staff de son nouveau type qui s’en occupe.
reply-joined = Tu as rejoint le ticket { $label } : { $place }.
reply-claimed = Tu as pris en charge le ticket { $label }.
reply-unclaimed = Le ticket { $label } n’est plus pris en charge.
reply-transferred = Le ticket { $label } est maintenant confié à { $member }.
reply-auto-close = { $enabled ->
        [true] Le ticket { $label } se fermera de nouveau en cas d’inactivité, à compter de maintenant.
       *[other] Le ticket { $label } ne se fermera pas en cas d’inactivité.
    }
reply-member-added = { $member } a été ajouté à ce ticket.
reply-member-removed = { $member } a été retiré de ce ticket.
welcome-edit-denied = Seuls les membres ayant la permission Gérer le serveur peuvent modifier les messages de bienvenue.
welcome-saved-server = Le message de bienvenue du serveur est enregistré.
welcome-type-gone = Ce type de ticket a été supprimé entre-temps.
welcome-saved-type = Le message de bienvenue de { $type } est enregistré.
button-close = Fermer
button-claim = Prendre en charge
button-form = Répondre aux questions
button-accept-close = Le fermer
button-keep-open = Garder ouvert
button-reopen = Rouvrir
button-join = Rejoindre
close-modal-title = Fermer ce ticket ?
close-modal-reason = Raison (facultatif)
close-confirm = Appuie sur Fermer pour confirmer la fermeture du ticket { $label }.
form-title = Ticket { $type }
welcome-modal-label = Message de bienvenue
welcome-modal-placeholders = Variables : {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
form-required = Réponds à « { $question } » : c’est obligatoire.
form-too-many-files = Un formulaire peut joindre au plus { $limit } fichiers, 10 Mo au total ; joins-en moins.
form-download-failed = Discord n’a pas transmis tes fichiers ({ $error }). Réessaie, s’il te plaît.
audit-setup = Configuration
audit-settings-changed = Paramètres modifiés
audit-panel-sent = Panneau publié
audit-panel-changed = Panneau modifié
audit-panel-deleted = Panneau supprimé
audit-type-created = Type de ticket créé
audit-type-changed = Type de ticket modifié
audit-type-deleted = Type de ticket supprimé
audit-blacklist-added = Ajouté à la liste noire
audit-blacklist-removed = Retiré de la liste noire
audit-api-key-created = Clé API créée
audit-api-key-revoked = Clé API révoquée
audit-ticket-opened = Ticket ouvert
audit-ticket-renamed = Ticket renommé
audit-ticket-moved = Ticket déplacé
audit-member-added = Membre ajouté
audit-member-removed = Membre retiré
audit-staff-joined = Staff arrivé
audit-opener-left = Auteur parti
audit-ticket-claimed = Ticket pris en charge
audit-ticket-unclaimed = Ticket libéré
audit-ticket-transferred = Ticket confié
audit-auto-close-on = Fermeture auto activée
audit-auto-close-off = Fermeture auto désactivée
audit-close-requested = Fermeture demandée
audit-close-refused = Gardé ouvert
audit-ticket-closed = Ticket fermé
audit-ticket-archived = Ticket archivé
audit-ticket-reopened = Ticket rouvert
audit-reopen-undone = Réouverture annulée
audit-transcript-links-revoked = Liens de transcription révoqués
audit-recovery-stuck = Intervention requise



## Admin



## Web and transcripts



## Commands: tickets

cmd-ticket = ticket
    .description = Ouvrir et gérer des tickets de support
cmd-ticket-open = ouvrir
    .description = Ouvrir un ticket de support privé
cmd-ticket-open-type = type
    .description = Le type d’aide dont tu as besoin
cmd-ticket-open-reason = raison
    .description = Ce pour quoi tu as besoin d’aide
cmd-ticket-close = fermer
    .description = Fermer ce ticket et enregistrer sa transcription
cmd-ticket-close-reason = raison
    .description = Pourquoi le ticket est fermé
cmd-ticket-add = ajouter
    .description = Donner à un membre l’accès à ce ticket (staff)
cmd-ticket-add-member = membre
    .description = Le membre à ajouter
cmd-ticket-remove = retirer
    .description = Retirer à un membre l’accès à ce ticket (staff)
cmd-ticket-remove-member = membre
    .description = Le membre à retirer
cmd-ticket-close-request = demande-fermeture
    .description = Demander à l’auteur si ce ticket peut être fermé (staff)
cmd-ticket-close-request-reason = raison
    .description = Pourquoi il peut être fermé
cmd-ticket-close-request-hours = heures
    .description = Fermer tout seul après ce nombre d’heures, sauf si l’auteur le garde ouvert
cmd-ticket-reopen = rouvrir
    .description = Rouvrir ce ticket archivé (staff)
cmd-ticket-rename = renommer
    .description = Renommer le salon de ce ticket (staff)
cmd-ticket-rename-name = nom
    .description = Le nouveau nom (Discord autorise deux renommages toutes les dix minutes)
cmd-ticket-move = déplacer
    .description = Passer ce ticket à un autre type ; son staff et sa catégorie suivent (staff)
cmd-ticket-move-type = type
    .description = Le nouveau type du ticket
cmd-ticket-claim = prendre
    .description = Prendre en charge ce ticket (staff)
cmd-ticket-unclaim = libérer
    .description = Rendre ce ticket à tout son staff
cmd-ticket-transfer = confier
    .description = Confier ce ticket à un autre membre du staff
cmd-ticket-transfer-staff = staff
    .description = Qui le prend en charge
cmd-ticket-auto-close = fermeture-auto
    .description = Fermer ou non ce ticket quand il devient inactif (staff)
cmd-ticket-auto-close-enabled = activée
    .description = non : ne se ferme jamais pour inactivité ; oui : se ferme de nouveau, à compter de maintenant
cmd-ticket-auto-close-enabled-choice-on = oui
cmd-ticket-auto-close-enabled-choice-off = non



## Commands: admin and utility


