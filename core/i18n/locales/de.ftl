# de. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = Der Bot ist nicht richtig eingerichtet. Den Grund sehen die Admins in seinem Log.
error-database = Die Datenbank ist gerade nicht erreichbar. Versuch es gleich noch einmal.
error-restarting = Der Bot startet gerade neu. Versuch es gleich noch einmal.
error-discord-refused = Discord hat meine Anfrage abgelehnt ({ $status }). Versuch es gleich noch einmal.
error-missing-permission = Dafür brauchst du die Berechtigung { $permissions }.
error-server-only = Das funktioniert nur auf einem Server.
error-not-a-member = Diese Person ist nicht (mehr) auf diesem Server.
error-rate-limited = Discord lässt mich das hier gerade nicht tun; bitte versuche es { $again } noch einmal.
error-not-in-ticket = Verwende das in einem Ticket-Kanal.
error-check-failed = Das kannst du hier nicht verwenden.
error-unexpected = Bei mir ist etwas schiefgelaufen. Wenn es wieder passiert, gib den Admins diese Fehler-ID: `{ $id }`.
error-not-configured = Tickets sind auf diesem Server noch nicht eingerichtet. Ein Admin muss `/setup` ausführen.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Du hast schon ein offenes { $type }-Ticket.
           *[other] Du hast schon { $limit } offene { $type }-Tickets.
        }
        [type] { $limit ->
            [one] Du hast schon ein offenes Ticket dieser Art.
           *[other] Du hast schon { $limit } offene Tickets dieser Art.
        }
       *[server] { $limit ->
            [one] Du hast schon ein offenes Ticket.
           *[other] Du hast schon { $limit } offene Tickets.
        }
    } Schließ eines, bevor du ein neues öffnest.
error-type-name-taken = Es gibt schon eine Ticket-Art namens „{ $name }“.
error-ticket-not-pending = Ticket { $ticket_id } wartet nicht auf einen Kanal.

## Tickets

welcome-default = Danke, dass du dich meldest! Beschreib dein Anliegen, gleich kümmert sich jemand aus dem Team um dich.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
welcome-opened-by = Geöffnet von
welcome-reason = Grund
welcome-claimed-by = Übernommen von
welcome-no-reason = Kein Grund angegeben
welcome-footer = Drück auf „Schließen“, sobald dein Anliegen gelöst ist.
join-notice = Neues { $type }-Ticket { $label } von { $opener }: { $place }. Tritt bei, um mitzumachen.
notice-claimed = { $actor } hat dieses Ticket übernommen und kümmert sich darum.
notice-transferred = { $actor } hat dieses Ticket an { $claimer } übergeben.
notice-unclaimed = { $actor } hat dieses Ticket wieder freigegeben.
notice-unclaimed-held = { $actor } hat dieses Ticket freigegeben (es gehörte { $held }).
notice-member-added = { $member } wurde von { $actor } zu diesem Ticket hinzugefügt.
notice-member-removed = { $member } wurde von { $actor } aus diesem Ticket entfernt.
notice-close-requested = { $opener }, { $actor } möchte dieses Ticket schließen{ $with_reason ->
        [true] : { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}Es schließt sich { $due } von selbst, außer du lässt es offen.
       *[other] {""}
    }
notice-idle-warning = { $opener }, in diesem Ticket { $by_opener ->
        [true] kam schon länger keine Nachricht von dir
       *[other] ist es schon länger still
    }, und es schließt sich { $due } von selbst. Schreib einfach etwas, damit es offen bleibt.
close-summary-title = Ticket { $label } geschlossen
close-summary-server = Server
close-summary-closed-by = Geschlossen von
close-summary-opened = Geöffnet
close-summary-closed = Geschlossen
close-summary-duration = Dauer
close-summary-participants = Beteiligte
close-summary-messages = Nachrichten
close-summary-no-transcript = kein Transkript
close-summary-transcript = Transkript
close-summary-transcript-link = [Im Browser lesen]({ $link }) (der Link ist nur begrenzt gültig)
audit-by = von { $actor }
audit-author = { $heading } · { $label }
ticket-not-a-ticket = Dieser Kanal ist kein Ticket.
ticket-server-gone = Dieses Ticket gehört zu einem Server, auf dem ich nicht bin.
ticket-place-gone = Der Kanal von Ticket { $label } existiert nicht mehr.
ticket-still-opening = Ticket { $label } wird noch geöffnet; versuch es gleich noch einmal.
ticket-already-closing = Ticket { $label } wird schon geschlossen.
ticket-closed = Ticket { $label } ist geschlossen.
refusal-staff-only = { $action ->
        [add-members] Nur das Team kann Mitglieder zu Tickets hinzufügen.
        [remove-members] Nur das Team kann Mitglieder aus Tickets entfernen.
        [join] Nur das Team kann Tickets beitreten.
        [claim] Nur das Team kann Tickets übernehmen.
        [transfer] Nur das Team kann Tickets übergeben.
        [auto-close] Nur das Team kann das automatische Schließen ändern.
        [rename] Nur das Team kann Tickets umbenennen.
        [move] Nur das Team kann Tickets verschieben.
        [request-close] Nur das Team kann das Schließen von Tickets anfragen.
        [reopen] Nur das Team kann Tickets wieder öffnen.
        [tags] Nur das Team kann gespeicherte Antworten nutzen.
        [labels] Nur das Team kann Tickets mit Labels versehen.
        [open-for] Nur das Team dieser Art kann Tickets für andere öffnen.
        [priority] Nur das Team kann die Priorität eines Tickets ändern.
        [notes] Nur das Team kann Notizen lesen und schreiben.
        [stats] Nur das Team kann die Statistik sehen.
       *[other] Das kann nur das Team.
    }
refusal-close = Nur wer dieses Ticket geöffnet hat oder das Team kann es schließen.
staff-role-everyone = @everyone kann keine Team-Rolle sein: Sonst könnte jedes Mitglied jedes Ticket lesen und schließen.
staff-role-managed = { $role } wird von einer Integration verwaltet (einem Bot oder einem Abo), du bestimmst also nicht, wer sie hat. Wähl eine Rolle, die du selbst vergibst.
staff-role-above-bot = { $role } steht auf oder über meiner höchsten Rolle, deshalb kann ich sie nicht verwalten. Schieb meine Rolle unter Servereinstellungen → Rollen darüber oder wähl eine andere Rolle.
limit-out-of-range = Das Limit muss zwischen { $low } und { $high } offenen Tickets pro Mitglied liegen.
place-refused = Discord hat mir nicht erlaubt, { $action }: Mir fehlt dort eine Berechtigung.
place-failed = Bei Discord ist etwas schiefgelaufen, als ich versucht habe, { $action } ({ $status }). Versuch es bitte noch einmal.
place-category-full = { $count ->
        [0] Die Ticket-Kategorie ist
        [one] Die Kategorie { $categories } ist
       *[other] Die Kategorien { $categories } sind
    } voll (Discord erlaubt 50 Kanäle pro Kategorie), deshalb kann gerade kein Ticket geöffnet werden. Schließ dort ein paar Tickets oder bitte einen Admin, eine Ausweichkategorie hinzuzufügen (`/setup` oder `/type edit`).
place-server-full = Dieser Server hat Discords Limit von 500 Kanälen erreicht, deshalb kann kein Kanal erstellt werden.
place-action-grant = { $member } Zugriff auf dieses Ticket zu geben
place-action-join = dich zu diesem Ticket hinzuzufügen
place-action-revoke = { $member } aus diesem Ticket zu entfernen
place-action-create = den Ticket-Kanal zu erstellen
place-action-welcome = dich im Ticket-Kanal zu begrüßen
place-action-claim = zu ändern, wer in diesem Ticket arbeiten darf
place-action-rename = dieses Ticket umzubenennen
place-action-move = dieses Ticket zu verschieben
place-action-retire = den Kanal dieses Tickets zu löschen oder zu archivieren
place-action-retire-closed = den Kanal dieses Tickets zu löschen oder zu archivieren; das Ticket ist geschlossen
place-action-reopen = dieses Ticket wieder zu öffnen
place-action-read = die Nachrichten dieses Tickets für das Transkript zu lesen
place-action-post-transcript = das Transkript im Log-Kanal zu posten
place-action-stays-open = { $step }; das Ticket bleibt offen
claim-already-yours = Du hast dieses Ticket schon übernommen. Mit `/ticket unclaim` gibst du es wieder frei.
claim-already-taken = { $claimer } hat dieses Ticket schon übernommen.
claim-none = Niemand hat dieses Ticket übernommen.
claim-transfer-not-staff = { $member } gehört nicht zum Team dieses Tickets und kann es daher nicht bekommen.
claim-transfer-same = { $member } hat dieses Ticket schon.
claim-held = { $claimer } hat dieses Ticket übernommen; nur diese Person oder ein Admin kann das ändern.
claim-raced = { $known ->
        [true] { $claimer } hat
       *[other] Jemand hat
    } kurz vor dir geändert, wer dieses Ticket übernommen hat; versuch es noch einmal.
close-request-own = Das ist dein eigenes Ticket: Schließ es mit `/ticket close`.
close-request-opener-only = Nur wer dieses Ticket geöffnet hat, kann auf die Schließanfrage antworten.
close-request-answered = Diese Schließanfrage wurde schon beantwortet.
notice-kept-open = { $actor } hat dieses Ticket offen gelassen.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } hat gebeten, dieses Ticket zu schließen ({ $reason })
       *[other] { $actor } hat gebeten, dieses Ticket zu schließen
    }
close-reason-no-answer = { $with_reason ->
        [true] Keine Antwort auf die Schließanfrage: { $reason }
       *[other] Keine Antwort auf die Schließanfrage
    }
rename-empty = Ein Kanalname braucht mindestens einen Buchstaben oder eine Ziffer.
rename-same = Der Kanal heißt schon #{ $name }.
rename-rate-limited = Discord erlaubt zwei Umbenennungen pro Kanal alle zehn Minuten; dieser Kanal kann { $again } wieder umbenannt werden.
notice-renamed = { $actor } hat dieses Ticket in #{ $name } umbenannt.
move-same = Ticket { $label } ist schon ein { $type }-Ticket.
ticket-changed-meanwhile = Ticket { $label } hat sich inzwischen geändert; versuch es noch einmal.
notice-moved = { $had_type ->
        [true] { $actor } hat dieses Ticket von { $before } nach { $type } verschoben.
       *[other] { $actor } hat dieses Ticket nach { $type } verschoben.
    }
discord-reason-renamed = Ticket { $label } umbenannt
notice-auto-close = { $enabled ->
        [true] { $actor } hat eingestellt, dass sich dieses Ticket bei Inaktivität wieder schließt.
       *[other] { $actor } hat eingestellt, dass sich dieses Ticket bei Inaktivität nicht schließt.
    }
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] Seit { $amount } Minute keine Aktivität
           *[other] Seit { $amount } Minuten keine Aktivität
        }
       *[hours] { $amount ->
            [one] Seit { $amount } Stunde keine Aktivität
           *[other] Seit { $amount } Stunden keine Aktivität
        }
    }
member-bot = Bots können nicht zu Tickets hinzugefügt werden.
member-already-in = { $member } ist schon in diesem Ticket.
member-remove-opener = Wer das Ticket geöffnet hat, kann nicht entfernt werden. Schließ stattdessen das Ticket.
member-remove-staff = { $member } gehört zum Team und hat über die Rolle Zugriff auf jedes Ticket. Entzieh dem Mitglied die Team-Rolle, um es zu entfernen.
member-not-in = { $member } ist nicht in diesem Ticket.
join-sees-already = Du siehst Ticket { $label } schon: { $place }.
join-in-already = Du bist schon in Ticket { $label }: { $place }.
notice-joined = { $member } ist diesem Ticket beigetreten.
notice-opener-left = { $opener } hat den Server verlassen. Das Ticket bleibt offen; schließ es, wenn ihr fertig seid.
discord-reason-added = Von { $actor } zu Ticket { $label } hinzugefügt
discord-reason-joined = Ticket { $label } beigetreten
discord-reason-removed = Von { $actor } aus Ticket { $label } entfernt
ticket-type-default = Support
open-type-gone = Diese Ticket-Art gibt es nicht mehr. Bitte einen Admin, das Panel zu aktualisieren.
open-cooldown = Du hast gerade erst ein { $type }-Ticket geöffnet. Ein weiteres kannst du { $again } öffnen.
discord-reason-open-failed = Ticket { $label } konnte nicht geöffnet werden
discord-reason-withdrawn = Ticket { $label } wurde zurückgezogen
audit-detail-opened = { $with_reason ->
        [true] { $opener } hat { $place } geöffnet: { $reason }
       *[other] { $opener } hat { $place } geöffnet
    }{ $resumed ->
        [true] {"\u000A"}(nach einer Unterbrechung abgeschlossen)
       *[other] {""}
    }
notice-closed-by-bot = Ticket { $label } geschlossen: { $reason }.
close-open-again = Ticket { $label } ist wieder offen; schließ es erneut, falls es geschlossen werden soll.
close-log-channel-gone = Den Log-Kanal gibt es nicht mehr, deshalb kann das Transkript nicht gespeichert werden. Das Ticket bleibt offen; ein Admin muss `/setup` erneut ausführen.
close-transcript-held = Das Transkript von Ticket { $label } wurde hier nicht gepostet: Jeder kann { $channel } lesen. Es ist gespeichert. Ein Admin muss hier @everyone die Berechtigung „Kanal ansehen“ entziehen (und sie der Team-Rolle geben); `/doctor` prüft das.
close-reason-channel-deleted = Kanal außerhalb des Bots gelöscht
close-reason-thread-deleted = Thread außerhalb des Bots gelöscht
close-reason-thread-channel-deleted = Kanal des Threads außerhalb des Bots gelöscht
close-reason-opener-left = Ersteller hat den Server verlassen
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } von { $opener } archiviert: { $reason }
           *[other] Ticket { $label } von { $opener } archiviert: kein Grund angegeben
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } von { $opener } geschlossen: { $reason }
           *[other] Ticket { $label } von { $opener } geschlossen: kein Grund angegeben
        }
    }
audit-detail-retire-refused = { $known ->
        [true] Ticket { $label } von { $opener } ist geschlossen und das Transkript gespeichert, aber { $place } ist noch da: { $why } Ich versuche es weiter; `/ticket close` dort versucht es sofort erneut.
       *[other] Ticket { $label } von { $opener } ist geschlossen und das Transkript gespeichert, aber sein Kanal ist noch da: { $why } Ich versuche es weiter; `/ticket close` dort versucht es sofort erneut.
    }
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } hat schon { $limit } offenes Ticket, das Maximum für diese Art; zuerst muss eines geschlossen werden.
           *[other] { $opener } hat schon { $limit } offene Tickets, das Maximum für diese Art; zuerst muss eines geschlossen werden.
        }
       *[other] { $limit ->
            [one] { $opener } hat schon { $limit } offenes Ticket, das Maximum; zuerst muss eines geschlossen werden.
           *[other] { $opener } hat schon { $limit } offene Tickets, das Maximum; zuerst muss eines geschlossen werden.
        }
    }
reopen-raced = Ticket { $label } wurde gerade eben wieder geöffnet.
reopen-is-open = Ticket { $label } ist offen.
reopen-is-closing = Ticket { $label } wird gerade geschlossen; öffne es wieder, sobald es archiviert ist.
reopen-place-deleted = Der Kanal von Ticket { $label } wurde gelöscht, deshalb kann es nicht wieder geöffnet werden; öffne ein neues Ticket.
reopen-not-archived = Ticket { $label } wurde geschlossen, ohne den Kanal zu archivieren, deshalb kann es nicht wieder geöffnet werden.
notice-reopened = { $actor } hat dieses Ticket wieder geöffnet.
audit-detail-reopen-undone = Ticket { $label } konnte nicht wieder geöffnet werden: { $why }
discord-reason-unknown-channel = Ticket-Kanal ohne zugehörigen Ticket-Eintrag (bei einem Absturz verloren)
close-reason-missing-at-start = Kanal fehlte beim Start
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] Ich konnte Ticket { $label } von { $opener } in { $place } nicht fertig schließen: { $why }
           *[other] Ich konnte Ticket { $label } von { $opener } in seinem Kanal nicht fertig schließen: { $why }
        }
       *[other] { $known ->
            [true] Ich konnte Ticket { $label } von { $opener } in { $place } nicht fertig öffnen: { $why }
           *[other] Ich konnte Ticket { $label } von { $opener } in seinem Kanal nicht fertig öffnen: { $why }
        }
    }{"\u000A"}Ich versuche es weiter; prüf bitte meine Berechtigungen dort.
permissions-missing-in = { $permissions } in { $channel }
permissions-missing-list = { $first }; { $rest }
permissions-missing = Mir fehlen Berechtigungen: { $problems }. Gib sie meiner Rolle und führ den Befehl erneut aus.
place-ticket-category-gone = Die Ticket-Kategorie gibt es nicht mehr. Ein Admin muss `/setup` erneut ausführen.
place-ticket-category-full = Die Ticket-Kategorie **{ $category }** ist voll (Discord erlaubt 50 Kanäle pro Kategorie); schließ zuerst ein paar Tickets.
place-categories-full = Alle Ticket-Kategorien sind voll und dieser Server hat { $channels } Kanäle, nah an Discords Limit von { $limit }, deshalb kann gerade kein Ticket geöffnet werden. Schließ ein paar Tickets oder lösch ungenutzte Kanäle.
place-archive-gone-stays-open = Die Archiv-Kategorie gibt es nicht mehr, deshalb bleibt das Ticket offen. Ein Admin muss `/setup` erneut ausführen.
place-archive-gone = Die Archiv-Kategorie gibt es nicht mehr. Ein Admin muss `/setup` erneut ausführen.
place-archive-full = Die Archiv-Kategorie **{ $category }** ist voll (Discord erlaubt 50 Kanäle pro Kategorie), deshalb bleibt das Ticket offen. Ein Admin kann dort alte archivierte Tickets löschen oder mit `/setup` eine andere Archiv-Kategorie wählen.
place-thread-channel-gone = Den Kanal für Thread-Tickets gibt es nicht mehr. Ein Admin muss mit `/type edit thread_channel` einen anderen wählen.
place-thread-channel-hidden = Tickets dieser Art werden als Threads in { $channel } angelegt, wo du nicht lesen oder schreiben kannst. Bitte das Team des Servers, dich freizuschalten oder mit `/type edit thread_channel` einen anderen Kanal zu wählen.
place-thread-move = Ein Thread-Ticket kann nur zu einer Art verschoben werden, deren Tickets Threads im selben Kanal sind.
discord-reason-opened = Ticket { $label } geöffnet von { $opener }
discord-reason-opened-resumed = Ticket { $label } nach einer Unterbrechung geöffnet
discord-reason-opener-gone = Ticket { $label } konnte nicht geöffnet werden: Der Ersteller ist weg
discord-reason-categories-full = Alle Ticket-Kategorien sind voll (je 50 Kanäle)
discord-reason-closed = Ticket { $label } geschlossen
discord-reason-archived = Ticket { $label } archiviert
discord-reason-reopened = Ticket { $label } wieder geöffnet
discord-reason-claim = Übernahme des Tickets geändert
discord-reason-moved = Ticket { $label } zu einer anderen Art verschoben
discord-reason-synced = Ticket an seinen Eintrag angeglichen
form-prompt = **{ $type }**-Tickets beginnen mit ein paar Fragen.
reply-opened = Dein Ticket { $label } ist offen: { $place }
reply-retire-refused = Ticket { $label } ist geschlossen und das Transkript gespeichert, aber sein Kanal ist noch da: { $why } Sobald das behoben ist, schließt `/ticket close` darin das Ticket fertig ab.
reply-kept-open = Ticket { $label } bleibt offen.
reply-close-requested = Der Ersteller von { $label } wurde gefragt, ob es geschlossen werden darf.
reply-closed = { $archived ->
        [true] Ticket { $label } archiviert.
       *[other] Ticket { $label } geschlossen.
    }{ $copy ->
        [sent] {" "}Der Ersteller hat eine Kopie des Transkripts bekommen.
        [refused] {" "}Der Ersteller nimmt keine Direktnachrichten an, deshalb wurde keine Kopie verschickt.
        [failed] {" "}Discord konnte dem Ersteller seine Kopie des Transkripts nicht zustellen.
       *[none] {""}
    }{ $held ->
        [true] {" "}Jeder kann den Log-Kanal lesen, deshalb wurde das Transkript gespeichert, aber dort nicht gepostet.
       *[other] {""}
    }
notice-closed = { $with_reason ->
        [true] Ticket { $label } wurde von { $closer } geschlossen: { $reason }.
       *[other] Ticket { $label } wurde von { $closer } geschlossen: kein Grund angegeben.
    }{ $with_transcript ->
        [true] {"\u000A"}Das Transkript ist gespeichert: { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] Dieser Kanal ist jetzt schreibgeschützt archiviert.
       *[other] { $seconds ->
            [one] Dieser Kanal wird in { $seconds } Sekunde gelöscht.
           *[other] Dieser Kanal wird in { $seconds } Sekunden gelöscht.
        }
    }
reply-reopened = Ticket { $label } ist wieder offen.
reply-renamed = Das Ticket heißt jetzt #{ $name }.
reply-moved = Ticket { $label } wurde verschoben; jetzt ist das Team der neuen Art zuständig.
reply-joined = Du bist Ticket { $label } beigetreten: { $place }.
reply-claimed = Du hast Ticket { $label } übernommen.
reply-unclaimed = Ticket { $label } ist nicht mehr übernommen.
reply-transferred = Ticket { $label } gehört jetzt { $member }.
reply-auto-close = { $enabled ->
        [true] Ticket { $label } schließt sich wieder bei Inaktivität, ab jetzt gerechnet.
       *[other] Ticket { $label } schließt sich nicht bei Inaktivität.
    }
reply-member-added = { $member } wurde zu diesem Ticket hinzugefügt.
reply-member-removed = { $member } wurde aus diesem Ticket entfernt.
welcome-edit-denied = Nur Mitglieder mit „Server verwalten“ können Willkommensnachrichten ändern.
welcome-saved-server = Die Willkommensnachricht des Servers ist gespeichert.
welcome-type-gone = Diese Ticket-Art wurde inzwischen gelöscht.
welcome-saved-type = Die Willkommensnachricht von { $type } ist gespeichert.
button-close = Schließen
button-claim = Übernehmen
button-form = Fragen beantworten
button-accept-close = Schließen
button-keep-open = Offen lassen
button-reopen = Wieder öffnen
button-join = Beitreten
close-modal-title = Dieses Ticket schließen?
close-modal-reason = Grund (optional)
close-confirm = Drück auf „Schließen“, um das Schließen von Ticket { $label } zu bestätigen.
form-title = { $type }-Ticket
welcome-modal-label = Willkommensnachricht
welcome-modal-placeholders = Platzhalter: {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
form-required = Bitte beantworte „{ $question }“: Das ist ein Pflichtfeld.
form-too-many-files = Ein Formular kann höchstens { $limit } Dateien mit zusammen 10 MB mitnehmen; häng weniger an.
form-download-failed = Discord hat deine Dateien nicht übergeben ({ $error }). Versuch es bitte noch einmal.
audit-setup = Einrichtung
audit-settings-changed = Einstellungen geändert
audit-panel-sent = Panel gepostet
audit-panel-changed = Panel bearbeitet
audit-panel-deleted = Panel gelöscht
audit-type-created = Ticket-Art erstellt
audit-type-changed = Ticket-Art geändert
audit-type-deleted = Ticket-Art gelöscht
audit-blacklist-added = Auf die Blacklist gesetzt
audit-blacklist-removed = Von der Blacklist genommen
audit-api-key-created = API-Schlüssel erstellt
audit-api-key-revoked = API-Schlüssel widerrufen
audit-ticket-opened = Ticket geöffnet
audit-ticket-renamed = Ticket umbenannt
audit-ticket-moved = Ticket verschoben
audit-member-added = Mitglied hinzugefügt
audit-member-removed = Mitglied entfernt
audit-staff-joined = Team beigetreten
audit-opener-left = Ersteller gegangen
audit-ticket-claimed = Ticket übernommen
audit-ticket-unclaimed = Ticket freigegeben
audit-ticket-transferred = Ticket übergeben
audit-auto-close-on = Automatisches Schließen an
audit-auto-close-off = Automatisches Schließen aus
audit-close-requested = Schließen angefragt
audit-close-refused = Offen gelassen
audit-ticket-closed = Ticket geschlossen
audit-ticket-archived = Ticket archiviert
audit-ticket-reopened = Ticket wieder geöffnet
audit-reopen-undone = Wiederöffnen rückgängig gemacht
audit-transcript-links-revoked = Transkript-Links widerrufen
audit-recovery-stuck = Braucht Aufmerksamkeit



## Admin
audit-detail-change = { $setting }: { $before } → { $after }
audit-detail-setting = { $setting }: { $value }
audit-list = { $first }; { $rest }
audit-setting = { $setting ->
        [name] name
        [emoji] emoji
        [description] description
        [staff_role_ids] staff_role_ids
        [category_id] category_id
        [overflow_category_id] overflow_category_id
        [channel_name_template] channel_name_template
        [welcome_message] welcome_message
        [ping_role_ids] ping_role_ids
        [max_open] max_open
        [max_open_tickets] max_open_tickets
        [required_role_ids] required_role_ids
        [cooldown_seconds] cooldown_seconds
        [hours] hours
        [timezone] timezone
        [bypass_role_ids] bypass_role_ids
        [claim_mode] claim_mode
        [auto_close_hours] auto_close_hours
        [auto_close_warning_hours] auto_close_warning_hours
        [idle_counts] idle_counts
        [confirm_close] confirm_close
        [ask_rating] ask_rating
        [members_open_about] members_open_about
        [priority_prefix] priority_prefix
        [alert_channel_id] alert_channel_id
        [deflect] deflect
        [on_opener_leave] on_opener_leave
        [thread_channel_id] thread_channel_id
        [language] language
        [questions] questions
       *[other] { $setting }
    }
audit-setting-variant = { $setting } ({ $language })
audit-value-text = „{ $text }“
audit-value-language-unset =
    { $owner ->
        [server] die Discord-Sprache des Servers
       *[type] die des Servers
    }
audit-value-question =
    { $number }. „{ $label }“ ({ $style }, { $required ->
        [true] Pflicht
       *[other] optional
    }{ $any ->
        [true] , Optionen: { $choices }
       *[other] { "" }
    })
type-list-question = F{ $number }. { $label } ({ $style })
close-database-failed = Die Datenbank ist ausgefallen, während Ticket { $label } geschlossen wurde. Das Schließen wird in etwa einer Minute automatisch abgeschlossen.
open-database-failed = Die Datenbank ist ausgefallen, während dein Ticket geöffnet wurde, deshalb wurde es nicht geöffnet. Versuch es gleich noch einmal.
form-database-slow = Die Datenbank ist gerade langsam, deshalb kann sich das Formular nicht rechtzeitig öffnen. Versuch es noch einmal.
type-unknown =
    { $count ->
        [0] Es gibt keine Ticket-Art namens „{ $name }“. Arten hier: noch keine; leg eine mit `/type create` an.
       *[other] Es gibt keine Ticket-Art namens „{ $name }“. Arten hier: { $known }.
    }
open-refused-blocked = Du kannst auf diesem Server keine Tickets öffnen. Wenn du das für einen Fehler hältst, wende dich an die Moderation.
open-refused-role = Nur Mitglieder mit { $roles } können { $type }-Tickets öffnen.
open-refused-hours =
    { $known ->
        [no] { $type }-Tickets werden { $hours } ({ $timezone }) beantwortet, deshalb können sie gerade nicht geöffnet werden.
       *[yes] { $type }-Tickets werden { $hours } ({ $timezone }) beantwortet, deshalb können sie gerade nicht geöffnet werden. Wieder möglich { $back }.
    }
type-welcome-unknown-placeholder = Die Willkommensnachricht nutzt { $placeholder }, das ist kein Platzhalter; nutz { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } oder { "{" }server{ "}" }.
type-auto-close-warning-late = Die Warnung ({ $warning } Stunden vor dem Schließen) muss kommen, nachdem es im Ticket still geworden ist: Bei automatischem Schließen nach { $hours } Stunden warne weniger als { $hours } Stunden vorher.
type-too-many = Ein Server kann höchstens { $limit } Ticket-Arten haben (das Limit eines Auswahlmenüs).
type-emoji-invalid = Das Emoji muss ein einzelnes Emoji sein, etwa 💳, oder ein Server-Emoji wie <:billing:123…>.
type-description-too-long = Die Beschreibung einer Art darf höchstens 100 Zeichen lang sein (sie steht unter der Menüoption).
type-limit-invalid = Das Limit einer Art muss zwischen 1 und 25 offenen Tickets pro Mitglied liegen.
type-cooldown-invalid = Die Wartezeit muss zwischen 0 und 7 Tagen liegen.
type-too-many-questions = Ein Formular hat höchstens { $limit } Fragen (Discords Limit für ein Modal).
type-name-ambiguous = In einer Liste von Arten, etwa `/panel send types:`, würde „{ $name }“ auch als { $others } und { $last } gelesen. Wähl einen Namen, bei dem das nicht passiert.
question-label-length = Eine Frage muss 1 bis 45 Zeichen lang sein (Discords Limit für eine Beschriftung).
question-placeholder-too-long = Der Platzhaltertext einer Frage darf höchstens 100 Zeichen lang sein.
question-choice-count = Eine { $style }-Frage braucht { $low } bis { $high } Optionen, durch Kommas getrennt.
question-choice-invalid = Jede Option muss 1 bis 100 Zeichen lang sein, und keine zwei dürfen gleich sein.
question-choices-not-taken = Nur choice-, radio- und checkboxes-Fragen haben Optionen, nicht { $style }.
question-max-length-invalid = Die Antwort auf eine Frage darf höchstens 4000 Zeichen lang sein.
question-min-length-invalid = Die kürzeste Antwort einer Frage muss zwischen 0 und der längsten liegen.
hours-zone-unknown = „{ $zone }“ ist keine Zeitzone; nutz einen Namen wie Europe/Berlin oder America/New_York.
hours-empty = Keine Zeiten angegeben; z. B. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-window-invalid = „{ $window }“ ist keine Öffnungszeit; z. B. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-time-invalid = { $time } ist keine Uhrzeit; z. B. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-days-invalid = „{ $days }“ ist kein Tag und keine Spanne von Tagen; nutz Mon, Tue, … Sun oder Daily.
name-length =
    { $what ->
        [type] Eine Ticket-Art braucht einen Namen mit 1 bis { $limit } Zeichen.
        [tag] Eine gespeicherte Antwort braucht einen Namen mit 1 bis { $limit } Zeichen.
        [label] Ein Label braucht einen Namen mit 1 bis { $limit } Zeichen.
       *[api-key] Ein API-Schlüssel braucht einen Namen mit 1 bis { $limit } Zeichen.
    }
name-control-characters =
    { $what ->
        [type] Der Name einer Ticket-Art darf keine Steuerzeichen enthalten; nutz Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
        [tag] Der Name einer gespeicherten Antwort darf keine Steuerzeichen enthalten; nutz Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
        [label] Der Name eines Labels darf keine Steuerzeichen enthalten; nutz Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
       *[api-key] Der Name eines API-Schlüssels darf keine Steuerzeichen enthalten; nutz Buchstaben, Ziffern, Leerzeichen und Satzzeichen.
    }
naming-format-refused = Die Vorlage für Kanalnamen darf { $field } nur mit Auffüllung wie { $padded } formatieren, nicht mit { $given }.
naming-field-unknown = Die Vorlage für Kanalnamen darf nur { "{" }number{ "}" }, { "{" }username{ "}" } und { "{" }type{ "}" } nutzen, nicht { $field }.
naming-invalid = Die Vorlage für Kanalnamen { $template } ist ungültig: { $error }.
naming-needs-number = Die Vorlage für Kanalnamen braucht { "{" }number{ "}" } oder { "{" }username{ "}" }, z. B. ticket-{ "{" }number:04d{ "}" }.
naming-empty = Die Vorlage für Kanalnamen { $template } ergibt einen leeren Kanalnamen.
panel-default-title = Brauchst du Hilfe?
panel-default-description = Drück unten auf den Button, um ein privates Ticket mit unserem Team zu öffnen.
panel-default-button = Ticket erstellen
panel-channel-gone = Den Kanal von Panel #{ $id } gibt es nicht mehr: lösch es und schick ein neues.
panel-message-gone = Die Nachricht von Panel #{ $id } wurde gelöscht: lösch das Panel und schick ein neues.
panel-unknown = Hier gibt es kein Panel #{ $id }; `/panel list` zeigt sie dir.
place-action-post-panel = das Panel in { $channel } zu posten
place-action-edit-panel = das Panel zu bearbeiten
place-action-delete-panel = die Nachricht des Panels in { $channel } zu löschen
place-action-read-panel = das Panel in { $channel } zu lesen
place-action-update-panel = das Panel zu aktualisieren
audit-detail-panel-sent = Panel „{ $title }“ in { $channel } gepostet: { $link }
audit-detail-panel-deleted = Panel „{ $title }“ gelöscht
audit-detail-panel-edited =
    { $changed ->
        [no] Panel #{ $id } „{ $title }“ bearbeitet: nichts geändert
       *[yes] Panel #{ $id } „{ $title }“ bearbeitet: { $changes }
    }
audit-detail-panel-change =
    { $field ->
        [title] Titel
        [description] Text
        [button_label] Button-Beschriftung
        [type_ids] Arten
       *[style] Stil
    }: { $before } → { $after }
panel-posted = Panel #{ $id } „{ $title }“ in { $channel } gepostet.
panel-edited = Panel #{ $id } „{ $title }“ bearbeitet.
panel-deleted = Panel #{ $id } „{ $title }“ gelöscht.
panel-needs-text-channel = Panels gehören in einen Textkanal: wähl einen mit der Option `channel`.
type-created = Ticket-Art „{ $name }“ erstellt.
type-saved = Ticket-Art „{ $name }“ gespeichert.
type-deleted = Ticket-Art „{ $name }“ gelöscht.
type-welcome-modal-title = { $type }: Willkommen
type-variant-language-unknown = „{ $language }“ ist keine Sprache, die der Bot spricht.
help-title = Befehle
status-title = Status
status-measuring = wird gemessen
status-field =
    { $field ->
        [latency] Gateway-Latenz
        [database] Datenbank
        [open] Offene Tickets hier
       *[uptime] Laufzeit
    }
api-key-name-problem = { $problem } Zum Beispiel `dashboard`.
api-key-name-taken = Es gibt schon einen Schlüssel namens **{ $name }**.
api-key-too-many = Ein Server hat höchstens { $most } Schlüssel; widerrufe zuerst einen mit `/api-key revoke`.
api-key-unknown = Es gibt keinen aktiven Schlüssel mit diesem Namen; `/api-key list` zeigt sie dir.
audit-detail-api-key-made = API-Schlüssel **{ $name }** erstellt
audit-detail-api-key-revoked = API-Schlüssel **{ $name }** widerrufen
setup-archive-needs-category = Zum Archivieren braucht es eine Archiv-Kategorie: gib auch `archive_category` an.
setup-log-public = Alle können { $channel } lesen, also wäre jedes dort gepostete Transkript öffentlich. Entzieh @everyone dort „Kanal ansehen“ (und gib es deiner Team-Rolle) oder wähl einen privaten Kanal.
setup-role-gone = Diese Rolle gibt es nicht mehr; wähl eine andere.
setup-ping-role-unmentionable = Ich könnte { $role } nicht erwähnen: Die Rolle ist nicht erwähnbar und mir fehlt „@everyone, @here und alle Rollen erwähnen“. Schalte in ihren Einstellungen „Allen erlauben, diese Rolle zu @erwähnen“ ein oder gib mir diese Berechtigung.
setup-category-gone = Diese Kategorie gibt es nicht mehr; wähl eine andere.
setup-thread-channel-not-text = Thread-Tickets brauchen einen Textkanal; wähl einen aus.
blacklist-already = { $target } steht schon auf der Sperrliste.
blacklist-everyone = @everyone kann nicht gesperrt werden – damit wären Tickets für den ganzen Server dicht.
blacklist-not-on = { $target } steht nicht auf der Sperrliste.
type-delete-open =
    { $count ->
        [one] { $count } { $type }-Ticket ist noch offen ({ $labels }).
       *[other] { $count } { $type }-Tickets sind noch offen ({ $labels }).
    } Schließ sie zuerst, damit kein Ticket sein Team verliert.
audit-detail-setup =
    Team: { $staff }; Tickets in { $category }; Log in { $log }; geschlossene Tickets werden { $archived ->
        [true] archiviert in { $archive }
       *[other] gelöscht
    }
audit-detail-settings-changed = { $changes }
audit-detail-blocked = { $target } darf keine Tickets mehr öffnen
audit-detail-unblocked = { $target } darf wieder Tickets öffnen
audit-detail-type-deleted = Ticket-Art „{ $type }“ gelöscht
audit-detail-type-created =
    Ticket-Art „{ $type }“ erstellt{ $any ->
        [true] : { $settings }
       *[other] { "" }
    }
audit-detail-type-changed =
    Ticket-Art „{ $type }“ geändert: { $any ->
        [true] { $changes }
       *[other] nichts
    }
doctor-title =
    { $problems ->
        [0] Alles sieht gut aus
        [one] { $problems } Problem gefunden
       *[other] { $problems } Probleme gefunden
    }
doctor-web = Web-Seite: { $problem }
doctor-not-set-up = Tickets sind hier noch nicht eingerichtet: führe `/setup` aus.
doctor-server-fullness =
    Der Server hat { $used } von { $limit } Kanälen, die Discord erlaubt{ $full ->
        [true] : Lösch alte Kanäle, bevor kein Ticket mehr angelegt werden kann.
       *[other] .
    }
doctor-category-fullness =
    { $place } { $channel } enthält { $used } von { $limit } Kanälen, die Discord erlaubt{ $full ->
        [true] : Schließ oder lösch einige oder wähl eine andere.
       *[other] .
    }
doctor-message-content =
    { $on ->
        [true] Der Message-Content-Intent ist an.
       *[other] Der Message-Content-Intent ist aus, deshalb bleiben Transkripte leer: Schalte im Entwicklerportal unter Bot → Privileged Gateway Intents den Message Content Intent ein.
    }
doctor-endpoint-clear = Discord schickt Klicks und Befehle an diesen Bot.
doctor-endpoint-set = Eine Interactions Endpoint URL ist gesetzt ({ $endpoint }): Discord schickt jeden Klick dorthin, und Mitglieder sehen „Diese Interaktion ist fehlgeschlagen“. Lösch sie im Entwicklerportal unter General Information.
doctor-place =
    { $place ->
        [category] Die Ticket-Kategorie
        [log] Der Log-Kanal
        [overflow] Die Überlauf-Kategorie
        [type-category] Die Kategorie von { $type }
        [type-overflow] Der Überlauf von { $type }
        [type-threads] Der Thread-Kanal von { $type }
        [archive] Die Archiv-Kategorie
       *[panel] Der Panel-Kanal
    }
doctor-place-gone = { $place } existiert nicht mehr: führe `/setup` (oder `/type edit`, `/panel send`) erneut aus.
doctor-permissions-ok = In { $channel } habe ich alle Berechtigungen, die ich brauche.
doctor-permissions-missing = In { $channel } fehlt mir { $missing }: gib meiner Rolle dort diese Berechtigungen.
doctor-log-public = Alle können { $channel } lesen: entzieh @everyone dort „Kanal ansehen“.
doctor-staff-role-gone = Eine Team-Rolle gibt es nicht mehr: führe `/setup` (oder `/type edit`) mit den aktuellen aus.
doctor-staff-role-everyone = @everyone ist eine Team-Rolle, also sieht jedes Mitglied jedes Ticket: führe `/setup` aus.
doctor-staff-role-high = { $role } steht auf Höhe meiner Rolle { $top } oder darüber: schieb meine Rolle darüber.
doctor-staff-roles-ok = Die Team-Rollen existieren und stehen unter meiner Rolle.
setup-done =
    Tickets sind eingerichtet.{ $restaffed ->
        [0] { "" }
       *[other]
            { " " }{ $restaffed } offene Tickets nutzen jetzt die neuen Team-Rollen{ $failed ->
                [0] .
               *[other] ; { $failed } konnten nicht aktualisiert werden (prüf dort meine Berechtigungen).
            }
    }
config-saved = Einstellungen gespeichert.
config-welcome-modal-title = Willkommensnachricht
blacklist-added = { $target } kann keine Tickets mehr öffnen (das Team wird nie gesperrt).
blacklist-removed = { $target } kann wieder Tickets öffnen.
settings-title = Ticket-Einstellungen
settings-not-set = nicht gesetzt
settings-none = keine
settings-field =
    { $field ->
        [priority-prefix] Priorität vor dem Namen
        [target-warning] Team-Alarm
        [ratings] Bewertungen nach dem Schließen
        [members-open-about] Mitglieder öffnen Tickets zu Nachrichten
        [staff-roles] Team-Rollen
        [category] Ticket-Kategorie
        [log-channel] Log-Kanal
        [on-close] Beim Schließen
        [archive] Archiv-Kategorie
        [overflow] Überlauf-Kategorie
        [claim-mode] Wenn ein Ticket übernommen wird
        [auto-close] Automatisch schließen
        [confirm-close] /ticket close fragt nach
        [opener-leaves] Wenn der Ersteller geht
        [max-open] Max. offene Tickets pro Mitglied
        [names] Kanalnamen
        [language] Sprache
       *[welcome] Willkommensnachricht
    }
settings-yes-no =
    { $yes ->
        [true] ja
       *[other] nein
    }
settings-language-discord = die Discord-Sprache des Servers
settings-auto-close-never = nie
settings-auto-close =
    nach { $hours } Stunden ohne Nachricht { $counts ->
        [opener] vom Ersteller
       *[anyone] von irgendwem
    }{ $warned ->
        [true] , Warnung { $warning } Stunden vorher
       *[other] { "" }
    }
panel-list-title = Panels
panel-list-empty = Noch keine Panels: poste eins mit `/panel send`.
panel-list-message-gone = ⚠️ seine Nachricht in { $channel } wurde gelöscht
panel-list-first-type = die erste Art
panel-list-offers = Bietet { $types } an ({ $style })
type-list-title = Ticket-Arten
type-list-empty = Noch keine Ticket-Arten: leg eine mit `/type create` an.
type-list-fact =
    { $fact ->
        [staff] Team: { $value }
        [category] Kategorie: { $value }
        [overflow] Überlauf: { $value }
        [limit] Limit pro Mitglied: { $value }
        [needs] Braucht: { $value }
        [pings] Erwähnt: { $value }
        [hours] Zeiten: { $value }
        [claims] Übernahme: { $value }
        [confirm-close] /ticket close fragt nach: { $value }
        [names] Namen: `{ $value }`
        [language] Sprache: { $value }
       *[auto-close] Automatisch schließen: { $value }
    }
type-list-cooldown = Wartezeit: { $minutes } Min.
type-list-variant = Hat eine Begrüßung oder ein Formular auf { $language }
type-list-server-settings = Nutzt die Einstellungen des Servers.
type-list-auto-close-never = Automatisch schließen: nie
type-list-auto-close-part =
    { $part ->
        [after] nach { $value } h
        [warning] Warnung { $value } h
       *[counts] zählt: { $value }
    }
blacklist-list =
    { $count ->
        [0] Gesperrt: niemand
       *[other] Gesperrt: { $names }
    }
api-key-made =
    API-Schlüssel **{ $name }** erstellt. Kopier ihn jetzt: Er wird nicht gespeichert und nicht noch einmal angezeigt.
    ```
    { $secret }
    ```
    Schick ihn als `Authorization: Bearer <key>`; `/api-key revoke` sperrt ihn.
api-key-revoked = Der Schlüssel **{ $name }** funktioniert nicht mehr.
api-key-line = **{ $name }** — von { $by }, { $when }
api-key-none = Keine API-Schlüssel; `/api-key create` erstellt einen.



## Web and transcripts
web-sign-in = Mit Discord anmelden
web-sign-out = Abmelden
web-home-title = Ticket-Transkripte
web-home-anonymous = Öffne ein Transkript über seinen Link.
web-home-sign-in = Öffne ein Transkript über seinen Link oder melde dich mit Discord an.
web-home-signed-in =
    { $servers ->
        [0] Angemeldet als { $name }. Deine eigenen Tickets:
       *[other] Angemeldet als { $name }. Deine eigenen Tickets und die Tickets deiner Server:
    }
api-error-no-key = Schick Authorization: Bearer <key> (einen Schlüssel von /api-key create).
api-error-bad-key = Dieser Schlüssel ist ungültig oder wurde widerrufen.
api-error-rate-limited = Zu viele Anfragen; langsamer, bitte.
api-error-no-ticket = Dieser Server hat kein solches Ticket.
api-error-limit = limit muss eine Zahl von 1 bis { $most } sein.
api-error-no-transcript = Zu diesem Ticket ist (noch) kein Transkript gespeichert.
api-error-channel-id = channel_id muss die ID eines Kanals sein, als Zeichenkette aus Ziffern.
api-error-panel-fields = title, description und button_label sind Text; types ist eine Liste von Namen.
api-error-too-long = { $field } ist länger als { $limit } Zeichen.
api-error-types = types listet höchstens { $most } Namen mit bis zu { $length } Zeichen.
api-error-no-channel = channel_id muss einen Textkanal dieses Servers nennen, den der Bot sieht.
api-error-too-large = Schick höchstens { $most } Bytes.
api-error-timeout = Schick den Inhalt innerhalb von { $seconds } Sekunden.
api-error-not-object = Schick ein JSON-Objekt.
api-error-internal = Etwas ist schiefgelaufen; Fehler-ID { $id }.
audit-detail-web-links-revoked = Alle bisher erstellten Transkript-Links von Ticket { $ticket } funktionieren nicht mehr (über die Web-Ansicht)
transcript-former-member = ein ehemaliges Mitglied
transcript-fact =
    { $fact ->
        [server] Server
        [type] Art
        [opened-by] Geöffnet von
        [reason] Grund
        [claimed-by] Übernommen von
        [closed-by] Geschlossen von
        [close-reason] Grund fürs Schließen
       *[duration] Dauer
    }
transcript-too-large = Das Transkript ist selbst komprimiert { $size } MiB groß, mehr als Discords Upload-Limit von { $limit } MiB, deshalb bleibt das Ticket offen. Sicher das Gespräch auf anderem Weg und lösch dann den Kanal: Das Ticket wird dann ohne Transkript geschlossen.
web-error = Versuch es später noch einmal. Fehler-ID: { $id }
    .title = Etwas ist schiefgelaufen
transcript-unknown =
    { $kind ->
        [user] unbekannter Nutzer
        [role] gelöschte Rolle
       *[channel] unbekannter Kanal
    }
transcript-title = Ticket { $label } — { $server }
transcript-word =
    { $word ->
        [messages] Nachrichten
        [participants] Beteiligte
        [reply-deleted] Die ursprüngliche Nachricht wurde gelöscht
        [bot] BOT
        [edited] (bearbeitet)
       *[image] Bild
    }
transcript-sticker = Sticker: { $name }
transcript-in-reply-to = Antwort auf Nachricht { $id }
transcript-kept = gespeichert
transcript-not-kept = nicht gespeichert
transcript-not-kept-cap = nicht gespeichert: über den { $cap }, die pro Ticket gespeichert werden
transcript-not-kept-refused = nicht gespeichert: Discord antwortete beim Herunterladen mit { $status }
transcript-not-kept-failed = nicht gespeichert: der Download schlug fehl
transcript-not-kept-larger = nicht gespeichert: größer als von Discord angegeben
web-not-your-server = Nur das Team des Servers sieht seine Tickets.
    .title = Nicht dein Server
web-link-expired =
    { $sign_in ->
        [true] Dieser Link ist nicht mehr gültig. Melde dich mit Discord an, um die Transkripte zu lesen, die du sehen darfst.
       *[other] Dieser Link ist nicht mehr gültig. Frag das Team des Servers nach dem Transkript.
    }
    .title = Link abgelaufen
web-no-transcript = Zu diesem Ticket ist (noch) kein Transkript gespeichert.
    .title = Kein Transkript
web-login-off = Die Anmeldung mit Discord ist hier nicht eingerichtet: Wer den Bot betreibt, schaltet sie mit DISCORD_CLIENT_SECRET ein.
    .title = Anmeldung ist aus
web-sign-in-cancelled = Du hast die Anmeldung bei Discord abgebrochen, also wurde nichts geteilt.
    .title = Nicht angemeldet
web-sign-in-not-ours = Diese Anmeldung wurde nicht hier gestartet oder hat zu lange gedauert. Versuch es noch einmal.
    .title = Anmeldung fehlgeschlagen
web-sign-in-failed = Discord hat die Anmeldung nicht bestätigt. Versuch es noch einmal.
    .title = Anmeldung fehlgeschlagen
web-not-signed-out = Diese Anfrage kam nicht von dieser Seite.
    .title = Nicht abgemeldet
web-not-revoked = Diese Anfrage kam nicht von dieser Seite.
    .title = Nicht widerrufen
web-revoke-not-yours = Nur das Team des Tickets kann seine Links widerrufen.
    .title = Nicht deins
web-not-yours-to-read = Hier gibt es kein Transkript, das du sehen darfst.
    .title = Nicht für dich
web-slow-down = Du hast in einer Minute die Seiten vieler Server geöffnet. Warte eine Minute und versuch es dann noch einmal.
    .title = Langsamer
web-tickets-title = Tickets — { $server }
web-tickets-unknown-server = Server { $id }
web-tickets-field =
    { $field ->
        [number] Nummer
        [opener-id] Ersteller (Name oder ID)
        [type] Art
        [status] Status
        [priority] Priorität
        [waiting] Wartet auf
        [label] Label
        [sort] Sortierung
        [from] Von
       *[to] Bis
    }
web-tickets-any = alle
# Who an open ticket waits for: staff (the opener wrote last) or the opener.
web-tickets-waiting = { $who ->
        [staff] Team
       *[opener] Ersteller
    }
web-tickets-search = Suchen
web-tickets-column =
    { $column ->
        [ticket] Ticket
        [type] Art
        [opener] Ersteller
        [status] Status
        [priority] Priorität
        [waiting] Wartet auf
        [labels] Labels
        [opened] Geöffnet
        [closed] Geschlossen
       *[links] Links
    }
web-tickets-status =
    { $status ->
        [open] offen
        [closed] geschlossen
       *[archived] archiviert
    }
web-tickets-revoke = Widerrufen
    .title = Bereits verschickte Links funktionieren nicht mehr
web-tickets-none = Keine passenden Tickets.
web-tickets-older = Ältere Tickets →
web-search-not-a-number =
    { $field ->
        [number] Nummer
        [opener] Ersteller
       *[before] Seite
    } muss eine Zahl sein.
web-search-not-a-date =
    { $field ->
        [from] Von
       *[to] Bis
    } muss ein Datum wie 2026-01-31 sein.
web-search-no-such-type = Diese Art gibt es nicht.
web-search-no-such-status = Diesen Status gibt es nicht.
web-search-no-such-priority = Diese Priorität gibt es nicht.
web-search-no-such-waiting = „Wartet auf“ ist staff oder opener.
web-search-no-such-label = Dieses Label gibt es nicht.



## Commands: tickets

cmd-ticket = ticket
    .description = Support-Tickets öffnen und verwalten
cmd-ticket-open = öffnen
    .description = Ein privates Support-Ticket öffnen
cmd-ticket-open-type = art
    .description = Welche Art von Hilfe du brauchst
cmd-ticket-open-reason = grund
    .description = Wobei du Hilfe brauchst
cmd-ticket-close = schließen
    .description = Dieses Ticket schließen und das Transkript speichern
cmd-ticket-close-reason = grund
    .description = Warum das Ticket geschlossen wird
cmd-ticket-add = hinzufügen
    .description = Einem Mitglied Zugriff auf dieses Ticket geben (Team)
cmd-ticket-add-member = mitglied
    .description = Das Mitglied, das hinzugefügt wird
cmd-ticket-remove = entfernen
    .description = Einem Mitglied den Zugriff auf dieses Ticket nehmen (Team)
cmd-ticket-remove-member = mitglied
    .description = Das Mitglied, das entfernt wird
cmd-ticket-close-request = schließen-anfragen
    .description = Den Ersteller fragen, ob dieses Ticket geschlossen werden darf (Team)
cmd-ticket-close-request-reason = grund
    .description = Warum es geschlossen werden kann
cmd-ticket-close-request-hours = stunden
    .description = Nach so vielen Stunden von selbst schließen, außer der Ersteller lässt es offen
cmd-ticket-reopen = wiederöffnen
    .description = Dieses archivierte Ticket wieder öffnen (Team)
cmd-ticket-rename = umbenennen
    .description = Den Kanal dieses Tickets umbenennen (Team)
cmd-ticket-rename-name = name
    .description = Der neue Name (Discord erlaubt zwei Umbenennungen pro zehn Minuten)
cmd-ticket-move = verschieben
    .description = Dieses Ticket zu einer anderen Art verschieben; Team und Kategorie ziehen mit (Team)
cmd-ticket-move-type = art
    .description = Die neue Art des Tickets
cmd-ticket-claim = übernehmen
    .description = Dieses Ticket übernehmen (Team)
cmd-ticket-unclaim = freigeben
    .description = Dieses Ticket wieder an das ganze Team zurückgeben
cmd-ticket-transfer = übergeben
    .description = Dieses Ticket an ein anderes Teammitglied übergeben
cmd-ticket-transfer-staff = teammitglied
    .description = Wer es übernimmt
cmd-ticket-auto-close = autoschließen
    .description = Festlegen, ob sich dieses Ticket schließt, wenn es still wird (Team)
cmd-ticket-auto-close-enabled = aktiviert
    .description = aus: schließt nie bei Inaktivität; an: schließt wieder, ab jetzt gerechnet
cmd-ticket-auto-close-enabled-choice-on = an
cmd-ticket-auto-close-enabled-choice-off = aus



## Commands: admin and utility
cmd-type = art
    .description = Ticket-Arten und ihre Formulare festlegen
cmd-type-create = erstellen
    .description = Eine Ticket-Art erstellen
cmd-type-edit = bearbeiten
    .description = Eine Ticket-Art ändern (weggelassene Optionen bleiben, wie sie sind)
cmd-type-edit-type = art
    .description = Die Art, die du ändern willst
cmd-type-edit-name = name
    .description = Ein neuer Name
cmd-type-option-name = name
    .description = Steht auf dem Button oder im Menü des Panels
cmd-type-option-emoji = emoji
    .description = Ein Emoji für den Button
cmd-type-option-description = beschreibung
    .description = Eine kurze Zeile unter der Menüoption
cmd-type-option-staff-role = team_rolle
    .description = Wer diese Tickets bearbeitet (Standard: die Team-Rollen des Servers)
cmd-type-option-category = kategorie
    .description = Wohin diese Tickets kommen (Standard: die Ticket-Kategorie des Servers)
cmd-type-option-overflow-category = überlauf_kategorie
    .description = Wohin diese Tickets kommen, solange ihre Kategorie voll ist
cmd-type-option-max-open = max_offen
    .description = Wie viele davon ein Mitglied gleichzeitig offen haben darf
cmd-type-option-required-role = benötigte_rolle
    .description = Nur Mitglieder mit dieser Rolle dürfen sie öffnen
cmd-type-option-ping-role = ping_rolle
    .description = Eine Rolle, die beim Öffnen erwähnt wird
cmd-type-option-cooldown-minutes = wartezeit_minuten
    .description = Wie lange ein Mitglied zwischen zwei davon warten muss
cmd-type-option-naming = benennung
    .description = Kanalnamen, mit { "{" }number{ "}" }, { "{" }username{ "}" } und { "{" }type{ "}" }
cmd-type-option-welcome = willkommen
    .description = Der Willkommenstext, mit { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } und { "{" }server{ "}" }
cmd-type-option-hours = zeiten
    .description = Wann das Team antwortet, z. B. Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always: jederzeit)
cmd-type-option-timezone = zeitzone
    .description = Die Zeitzone der Zeiten, z. B. Europe/Berlin
cmd-type-option-bypass-role = ausnahme_rolle
    .description = Mitglieder mit dieser Rolle dürfen auch außerhalb der Zeiten öffnen
cmd-type-option-claim-mode = übernahme_modus
    .description = Was das Übernehmen mit dem Zugriff des restlichen Teams macht (Standard: wie der Server)
cmd-type-option-claim-mode-choice-shared = gemeinsam
cmd-type-option-claim-mode-choice-claimer-writes = nur Übernehmer schreibt
cmd-type-option-claim-mode-choice-claimer-only = nur Übernehmer
cmd-type-option-auto-close-hours = autoschließen_stunden
    .description = Nach so vielen Stunden ohne Nachricht schließen (0: nie; Standard: wie der Server)
cmd-type-option-auto-close-warning-hours = warnung_stunden
    .description = Den Ersteller so viele Stunden vor dem Schließen warnen (Standard: wie der Server)
cmd-type-option-idle-counts = zählt
    .description = Wessen Nachrichten es offen halten: des Erstellers oder von allen (Standard: wie der Server)
cmd-type-option-idle-counts-choice-opener = Ersteller
cmd-type-option-idle-counts-choice-anyone = alle
cmd-type-option-confirm-close = schließen_bestätigen
    .description = Ob /ticket close vor dem Schließen nachfragt (Standard: wie der Server)
cmd-type-option-thread-channel = thread_kanal
    .description = Diese Tickets als private Threads in diesem Textkanal statt als Kanäle anlegen
cmd-type-option-language = sprache
    .description = Was diese Tickets lesen: Begrüßung, Hinweise, Transkript (Standard: die Sprache des Servers)
cmd-type-option-language-choice-server = die des Servers
cmd-type-option-language-choice-en = English
cmd-type-option-language-choice-es = Español
cmd-type-option-language-choice-de = Deutsch
cmd-type-option-language-choice-fr = Français
cmd-type-option-language-choice-pt-BR = Português do Brasil
cmd-type-welcome = willkommen
    .description = Die Willkommensnachricht einer Art
cmd-type-welcome-type = art
    .description = Die Art
cmd-type-welcome-message = nachricht
    .description = Eine Zeile; weglassen, um mehrere Zeilen in einem Formular zu schreiben
cmd-type-welcome-language = sprache
    .description = Für Ersteller, deren Discord diese Sprache hat (Nachricht weglassen, um sie zu entfernen)
cmd-type-delete = löschen
    .description = Eine Ticket-Art ohne offene Tickets löschen
cmd-type-delete-type = art
    .description = Die Art, die du löschen willst
cmd-type-list = anzeigen
    .description = Zeigt die Ticket-Arten
cmd-type-question-add = frage-hinzufügen
    .description = Dem Formular einer Art eine Frage hinzufügen (höchstens 5)
cmd-type-question-add-type = art
    .description = Die Art, zu der das Formular gehört
cmd-type-question-add-question = frage
    .description = Die Frage, bis 45 Zeichen
cmd-type-question-add-style = stil
    .description = Eine Textzeile, ein Absatz oder eine Auswahl aus einer Liste
cmd-type-question-add-style-choice-short = kurze Zeile
cmd-type-question-add-style-choice-paragraph = Absatz
cmd-type-question-add-style-choice-choice = Auswahlmenü
cmd-type-question-add-style-choice-radio = Einzelauswahl
cmd-type-question-add-style-choice-checkboxes = Kontrollkästchen
cmd-type-question-add-style-choice-member = Mitglied
cmd-type-question-add-style-choice-role = Rolle
cmd-type-question-add-style-choice-channel = Kanal
cmd-type-question-add-style-choice-file = Datei
cmd-type-question-add-choices = optionen
    .description = Für eine Auswahl: die Optionen, durch Kommas getrennt
cmd-type-question-add-required = pflicht
    .description = Ob eine Antwort nötig ist (Standard: ja)
cmd-type-question-add-placeholder = platzhalter
    .description = Grauer Hinweistext im leeren Feld
cmd-type-question-add-min-length = min_länge
    .description = Für Text: die kürzeste erlaubte Antwort
cmd-type-question-add-max-length = max_länge
    .description = Für Text: die längste erlaubte Antwort (Standard 1000)
cmd-type-question-add-language = sprache
    .description = Zum Formular für Ersteller hinzufügen, deren Discord diese Sprache hat
cmd-type-question-remove = frage-entfernen
    .description = Eine Frage aus dem Formular einer Art entfernen
cmd-type-question-remove-type = art
    .description = Die Art, zu der das Formular gehört
cmd-type-question-remove-number = nummer
    .description = Die Nummer der Frage, ab 1
cmd-type-question-remove-language = sprache
    .description = Aus dem Formular für Ersteller entfernen, deren Discord diese Sprache hat
cmd-panel = panel
    .description = Ticket-Panels posten und verwalten
cmd-panel-send = senden
    .description = Ein Panel posten, über das man Tickets öffnet
cmd-panel-send-channel = kanal
    .description = Wo es gepostet wird (Standard: hier)
cmd-panel-send-title = titel
    .description = Der Titel des Panels (Standard: Brauchst du Hilfe?)
cmd-panel-send-description = beschreibung
    .description = Der Text des Panels
cmd-panel-send-button-label = button_text
    .description = Die Button-Beschriftung (bei einer Art Standard Ticket erstellen) oder der Menü-Platzhalter
cmd-panel-send-types = arten
    .description = Anzubietende Ticket-Arten, durch Kommas getrennt (Standard: die erste Art)
cmd-panel-send-style = stil
    .description = Die Arten als Buttons oder als Auswahlmenü anbieten
cmd-panel-send-style-choice-buttons = Buttons
cmd-panel-send-style-choice-select = Auswahlmenü
cmd-panel-edit = bearbeiten
    .description = Ein Panel ändern; seine Nachricht wird direkt bearbeitet
cmd-panel-edit-panel = panel
    .description = Das Panel (siehe /panel list)
cmd-panel-edit-title = titel
    .description = Ein neuer Titel
cmd-panel-edit-description = beschreibung
    .description = Ein neuer Text
cmd-panel-edit-button-label = button_text
    .description = Eine neue Button-Beschriftung oder ein neuer Menü-Platzhalter
cmd-panel-edit-types = arten
    .description = Die anzubietenden Ticket-Arten, durch Kommas getrennt
cmd-panel-edit-style = stil
    .description = Buttons oder ein Auswahlmenü
cmd-panel-delete = löschen
    .description = Ein Panel und seine Nachricht löschen
cmd-panel-delete-panel = panel
    .description = Das Panel (siehe /panel list)
cmd-panel-list = anzeigen
    .description = Zeigt die Panels und alle, deren Nachricht gelöscht wurde
cmd-help = hilfe
    .description = Zeigt die Befehle, die du nutzen kannst
cmd-status = status
    .description = Zeigt, wie es dem Bot geht
cmd-setup = einrichten
    .description = Tickets einrichten: Team-Rollen, Kategorie, Log-Kanal
cmd-setup-staff-role = team_rolle
    .description = Die Rolle, die Tickets bearbeitet
cmd-setup-category = kategorie
    .description = Die Kategorie für neue Ticket-Kanäle
cmd-setup-log-channel = log_kanal
    .description = Wo Transkripte und das Audit-Log gepostet werden (nur fürs Team)
cmd-setup-close-action = beim_schließen
    .description = Kanäle geschlossener Tickets löschen oder schreibgeschützt archivieren
cmd-setup-close-action-choice-delete = löschen
cmd-setup-close-action-choice-archive = archivieren
cmd-setup-archive-category = archiv_kategorie
    .description = Wohin archivierte Tickets kommen (nötig fürs Archivieren)
cmd-setup-overflow-category = überlauf_kategorie
    .description = Wohin neue Tickets kommen, solange die Ticket-Kategorie voll ist (50 Kanäle)
cmd-setup-staff-role-2 = team_rolle_2
    .description = Eine weitere Team-Rolle
cmd-setup-staff-role-3 = team_rolle_3
    .description = Eine weitere Team-Rolle
cmd-config = einstellungen
    .description = Ticket-Einstellungen anzeigen oder ändern
cmd-config-show = anzeigen
    .description = Zeigt die Ticket-Einstellungen dieses Servers
cmd-config-max-tickets = max-tickets
    .description = Wie viele Tickets ein Mitglied gleichzeitig offen haben darf
cmd-config-max-tickets-limit = limit
    .description = Von 1 bis 25
cmd-config-naming = benennung
    .description = Wie Ticket-Kanäle heißen
cmd-config-naming-template = vorlage
    .description = Nutzt { "{" }number{ "}" } und/oder { "{" }username{ "}" }, z. B. ticket-{ "{" }number:04d{ "}" }
cmd-config-welcome = willkommen
    .description = Die Nachricht in jedem neuen Ticket
cmd-config-welcome-message = nachricht
    .description = Eine Zeile, bis 1500 Zeichen; weglassen, um mehrere Zeilen in einem Formular zu schreiben
cmd-config-language = sprache
    .description = Die Sprache dessen, was der ganze Server liest: Begrüßung, Hinweise, Panels, Logs, Transkripte
cmd-config-language-language = sprache
    .description = Eine Sprache oder die Discord-Sprache des Servers
cmd-config-language-language-choice-en = English
cmd-config-language-language-choice-es = Español
cmd-config-language-language-choice-de = Deutsch
cmd-config-language-language-choice-fr = Français
cmd-config-language-language-choice-pt-BR = Português do Brasil
cmd-config-language-language-choice-server = Die Discord-Sprache des Servers
cmd-config-claim-mode = übernahme-modus
    .description = Was das Übernehmen eines Tickets mit dem Zugriff des restlichen Teams macht
cmd-config-claim-mode-mode = modus
    .description = shared: alle behalten Zugriff; claimer-writes: andere lesen nur; claimer-only: andere verlieren ihn
cmd-config-claim-mode-mode-choice-shared = gemeinsam
cmd-config-claim-mode-mode-choice-claimer-writes = nur Übernehmer schreibt
cmd-config-claim-mode-mode-choice-claimer-only = nur Übernehmer
cmd-config-auto-close = autoschließen
    .description = Tickets schließen, in denen es still geworden ist, nach einer Warnung
cmd-config-auto-close-hours = stunden
    .description = Nach so vielen Stunden ohne Nachricht schließen (0: nie)
cmd-config-auto-close-warning-hours = warnung_stunden
    .description = Den Ersteller so viele Stunden vorher warnen (0: keine Warnung)
cmd-config-auto-close-counts = zählt
    .description = Wessen Nachrichten ein Ticket offen halten: die des Erstellers (Standard) oder von allen
cmd-config-auto-close-counts-choice-opener = Ersteller
cmd-config-auto-close-counts-choice-anyone = alle
cmd-config-close-confirmation = schließen-bestätigen
    .description = Ob /ticket close vor dem Schließen nachfragt
cmd-config-close-confirmation-enabled = an
    .description = Nachfragen (der Schließen-Button fragt immer)
cmd-config-opener-leaves = ersteller-geht
    .description = Was mit einem Ticket passiert, dessen Ersteller den Server verlässt
cmd-config-opener-leaves-action = aktion
    .description = behalten: bleibt offen, das Team wird informiert; schließen: wird mit Transkript geschlossen
cmd-config-opener-leaves-action-choice-keep = behalten
cmd-config-opener-leaves-action-choice-close = schließen
cmd-blacklist = sperrliste
    .description = Mitglieder oder Rollen am Öffnen von Tickets hindern
cmd-blacklist-add = hinzufügen
    .description = Ein Mitglied oder alle mit einer Rolle am Öffnen von Tickets hindern
cmd-blacklist-add-target = ziel
    .description = Das Mitglied oder die Rolle
cmd-blacklist-remove = entfernen
    .description = Einem gesperrten Mitglied oder einer Rolle wieder Tickets erlauben
cmd-blacklist-remove-target = ziel
    .description = Das Mitglied oder die Rolle
cmd-blacklist-list = anzeigen
    .description = Zeigt, wer keine Tickets öffnen darf
cmd-api-key = api-schlüssel
    .description = Schlüssel für die Tickets dieses Servers über HTTP
cmd-api-key-create = erstellen
    .description = Einen Schlüssel für die Tickets dieses Servers über HTTP erstellen (wird einmal gezeigt)
cmd-api-key-create-name = name
    .description = Wofür der Schlüssel ist, z. B. dashboard
cmd-api-key-list = anzeigen
    .description = Zeigt die aktiven API-Schlüssel dieses Servers
cmd-api-key-revoke = widerrufen
    .description = Einen API-Schlüssel unbrauchbar machen
cmd-api-key-revoke-name = name
    .description = Der Name des Schlüssels
cmd-doctor = diagnose
    .description = Prüft alles, was Tickets hier am Funktionieren hindert



## Werkzeuge des Teams: gespeicherte Antworten (Tags) und Notizen
error-tag-name-taken = Es gibt schon eine gespeicherte Antwort namens **{ $name }**. Wähl einen anderen Namen oder ändere sie mit /tag edit.
tag-too-many = Dieser Server hat { $most } gespeicherte Antworten, mehr geht nicht. Lösch zuerst eine mit /tag delete.
tag-unknown = Es gibt keine gespeicherte Antwort namens **{ $name }**. /tag list zeigt alle.
tag-not-for-type = Die gespeicherte Antwort **{ $name }** ist nicht für die Art dieses Tickets.
tag-name-problem = { $problem }
tag-content-length = Eine gespeicherte Antwort hat 1 bis { $most } Zeichen.
tag-unknown-placeholder = Gespeicherte Antworten kennen kein { $placeholder }. Sie können {"{"}opener{"}"}, {"{"}number{"}"}, {"{"}type{"}"}, {"{"}claimer{"}"} und {"{"}server{"}"} nutzen.
tag-sent-footer = -# Gespeicherte Antwort: { $name }
tag-types = für { $names }
tag-created = Gespeicherte Antwort **{ $name }** erstellt. Schick sie in einem Ticket mit /tag send.
tag-changed = Gespeicherte Antwort **{ $name }** geändert.
tag-deleted = Gespeicherte Antwort **{ $name }** gelöscht.
tag-list-title = { $count ->
        [one] 1 gespeicherte Antwort
       *[other] { $count } gespeicherte Antworten
    }
tag-list-empty = Noch keine gespeicherten Antworten. Erstell eine mit /tag create.
tag-line = **{ $name }** · { $uses ->
        [one] einmal gesendet
       *[other] { $uses }-mal gesendet
    }
tag-deflection = { $solved } von { $offered } vor einem Ticket gelöst ({ $percent } %)
tag-modal-title-new = Neue gespeicherte Antwort
tag-modal-title-edit = Gespeicherte Antwort ändern
tag-modal-name = Name
tag-modal-content = Text
tag-modal-placeholders = Beim Senden ausgefüllt: {"{"}opener{"}"} {"{"}number{"}"} {"{"}type{"}"} {"{"}claimer{"}"} {"{"}server{"}"}
tag-modal-types = Ticket-Arten (optional)
tag-modal-types-hint = Namen der Arten, durch Kommas getrennt; leer für alle.
audit-tag-created = Gespeicherte Antwort erstellt
audit-tag-changed = Gespeicherte Antwort geändert
audit-tag-deleted = Gespeicherte Antwort gelöscht
audit-detail-tag = Gespeicherte Antwort **{ $name }**
note-length = Eine Notiz hat 1 bis { $most } Zeichen.
note-added = Notiz gespeichert. Nur das Team kann sie lesen, mit /ticket notes.
note-modal-title = Team-Notiz
note-modal-label = Notiz (nur das Team sieht sie)
note-list-title = Team-Notizen zu { $label }
note-list-empty = Noch keine Notizen zu diesem Ticket. Füg eine mit /ticket note hinzu.
note-line = { $by }, { $when }:
cmd-tag = antwort
    .description = Gespeicherte Antworten für das Team
cmd-tag-send = senden
    .description = Eine gespeicherte Antwort in dieses Ticket senden
cmd-tag-send-name = name
    .description = Die gespeicherte Antwort, die gesendet wird
cmd-tag-create = erstellen
    .description = Eine Antwort speichern, die das Team in Tickets senden kann
cmd-tag-create-name = name
    .description = Was das Team tippt, um sie zu finden, z. B. erstattung
cmd-tag-create-content = text
    .description = Die Antwort; weglassen, um eine lange in einem Formular zu schreiben
cmd-tag-create-types = arten
    .description = Nur für diese Ticket-Arten, durch Kommas getrennt
cmd-tag-edit = bearbeiten
    .description = Eine gespeicherte Antwort ändern
cmd-tag-edit-name = name
    .description = Die gespeicherte Antwort, die geändert wird
cmd-tag-delete = löschen
    .description = Eine gespeicherte Antwort löschen
cmd-tag-delete-name = name
    .description = Die gespeicherte Antwort, die gelöscht wird
cmd-tag-list = liste
    .description = Die gespeicherten Antworten dieses Servers zeigen
cmd-tag-show = zeigen
    .description = Eine gespeicherte Antwort so zeigen, wie sie geschrieben ist, nur dir
cmd-tag-show-name = name
    .description = Die gespeicherte Antwort, die gezeigt wird
cmd-ticket-note = notiz
    .description = Eine Notiz zu diesem Ticket speichern, die nur das Team lesen kann
cmd-ticket-note-text = text
    .description = Die Notiz; weglassen, um eine lange in einem Formular zu schreiben
cmd-ticket-notes = notizen
    .description = Die Team-Notizen dieses Tickets zeigen, nur dir
priority-name = { $priority ->
        [low] 🟢 Niedrig
        [high] 🟠 Hoch
        [urgent] 🔴 Dringend
       *[normal] Normal
    }
welcome-priority = Priorität
priority-already = Die Priorität dieses Tickets ist schon { priority-name }.
priority-raced = Jemand hat die Priorität dieses Tickets im selben Moment geändert; sie ist jetzt { priority-name }.
place-action-priority = die Priorität dieses Tickets zeigen
notice-priority = { $actor } hat die Priorität dieses Tickets auf { priority-name } gesetzt.
reply-priority = Ticket { $label } hat jetzt die Priorität { priority-name }.
audit-priority-changed = Priorität geändert
cmd-ticket-priority = priorität
    .description = Festlegen, wie dringend dieses Ticket ist
cmd-ticket-priority-level = stufe
    .description = Wie dringend es ist
cmd-ticket-priority-level-choice-low = niedrig
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = hoch
cmd-ticket-priority-level-choice-urgent = dringend
# The section of staff notes that only staff's copies of a transcript carry.
transcript-staff-notes = Team-Notizen (nur das Team sieht diesen Abschnitt)
transcript-staff-notes-of = Team-Notizen zu Ticket { $label }
open-for-bot = { $member } ist ein Bot; Tickets sind für Menschen.
open-for-refused = Für { $member } wurde kein Ticket geöffnet: { $why }
notice-opened-for = { $actor } hat dieses Ticket für { $opener } geöffnet.
audit-ticket-opened-for = Ticket für ein Mitglied geöffnet
reply-opened-for = Ticket { $label } ist für { $member } offen: { $place }
cmd-ticket-open-for = öffnen-für
    .description = Ein Ticket für ein Mitglied öffnen, als hätte es gefragt
cmd-ticket-open-for-member = mitglied
    .description = Für wen das Ticket ist
cmd-ticket-open-for-type = art
    .description = Die Art des Tickets (Standard: die erste)
cmd-ticket-open-for-reason = grund
    .description = Worum es geht
error-label-name-taken = Es gibt schon ein Label namens **{ $name }**.
label-name-problem = { $problem }
label-too-many = Dieser Server hat { $most } Labels, mehr geht nicht. Lösch zuerst eins mit /label delete.
label-unknown = Es gibt kein Label namens **{ $name }**. /label list zeigt sie.
label-already-on = Dieses Ticket hat das Label **{ $name }** schon.
label-not-on = Dieses Ticket hat das Label **{ $name }** nicht.
label-created = Label **{ $name }** erstellt. Das Team setzt es mit /ticket label add auf Tickets.
label-deleted = Label **{ $name }** gelöscht und von allen Tickets entfernt.
label-list = { $count ->
        [one] 1 Label
       *[other] { $count } Labels
    }: { $labels }
label-list-empty = Noch keine Labels. Erstell eins mit /label create.
label-put-on = Ticket { $label } hat jetzt das Label **{ $name }**.
label-taken-off = Ticket { $label } hat das Label **{ $name }** nicht mehr.
audit-label-created = Label erstellt
audit-label-deleted = Label gelöscht
audit-label-added = Label auf ein Ticket gesetzt
audit-label-removed = Label von einem Ticket entfernt
audit-detail-label = Label **{ $name }**
cmd-label = label
    .description = Labels zum Sortieren der Tickets dieses Servers
cmd-label-create = erstellen
    .description = Ein Label erstellen, das das Team auf Tickets setzen kann
cmd-label-create-name = name
    .description = Das Label, z. B. fehler
cmd-label-delete = löschen
    .description = Ein Label löschen (es wird von allen Tickets entfernt)
cmd-label-delete-name = name
    .description = Das Label, das gelöscht wird
cmd-label-list = liste
    .description = Die Labels dieses Servers zeigen
cmd-ticket-label = label
    .description = Die Labels dieses Tickets
cmd-ticket-label-add = setzen
    .description = Ein Label auf dieses Ticket setzen
cmd-ticket-label-add-name = name
    .description = Das Label, das gesetzt wird
cmd-ticket-label-remove = entfernen
    .description = Ein Label von diesem Ticket entfernen
cmd-ticket-label-remove-name = name
    .description = Das Label, das entfernt wird
menu-open-ticket-about = Ticket dazu öffnen
notice-opened-about = { $actor } hat dieses Ticket für { $opener } zu { $link } geöffnet:
    { $quote }
cmd-type-option-rating = bewertung
    .description = Ob die Person, die das Ticket geöffnet hat, es nach dem Schließen bewerten soll (1 bis 5 Sterne)
rating-prompt = Wie haben wir uns bei Ticket { $label } geschlagen? Bewerte die Hilfe, die du bekommen hast:
rating-thanks = Danke! Du hast Ticket { $label } mit { $stars } bewertet.
rating-stars = Eine Bewertung hat 1 bis { $most } Sterne.
rating-already = Ticket { $label } ist schon bewertet; eine Bewertung zählt einmal.
rating-comment-already = Ticket { $label } hat schon einen Kommentar.
rating-not-yours = Nur wer das Ticket geöffnet hat, kann es bewerten.
rating-not-closed = Ticket { $label } ist nicht geschlossen; bewerten kann man es, sobald es das ist.
rating-expired = Ticket { $label } wurde vor mehr als einer Woche geschlossen und kann nicht mehr bewertet werden.
rating-modal-title = Dein Kommentar
rating-modal-label = Was lief gut, oder was ginge besser?
button-rate-comment = Kommentar hinzufügen
audit-ticket-rated = Ticket bewertet
audit-rating-commented = Bewertung kommentiert
audit-detail-rated = Bewertet mit { $stars } ({ $rating } von 5)
audit-detail-rating-comment = Kommentar zur Bewertung:
    { $comment }
cmd-type-option-alert-channel = alarm_kanal
    .description = Ein Team-Kanal, der pro neuem Ticket einen Live-Beitrag mit Übernehmen bekommt
alert-line = { $state ->
        [claimed] 🙋 **{ $label }** · { $type } · { $opener } · übernommen von { $claimer }
        [closed] 🔒 ~~**{ $label }** · { $type } · { $opener }~~ · geschlossen
       *[new] 🎫 **{ $label }** · { $type } · { $opener }
    }
deflect-subject = Was brauchst du?
deflect-title = Diese Antworten helfen vielleicht schon
deflect-solved = { $name } hat geholfen
deflect-anyway = Ticket trotzdem öffnen
deflect-your-request = Dein Anliegen
deflect-glad = Schön, dass es geholfen hat! Es wurde kein Ticket geöffnet.
cmd-type-answers-first = antworten-zuerst
    .description = Passende gespeicherte Antworten anbieten, bevor ein Ticket dieser Art öffnet
cmd-type-answers-first-type = art
    .description = Die Ticket-Art
cmd-type-answers-first-enabled = aktiv
    .description = An oder aus
transcript-used-command = { $user } hat einen Befehl genutzt
transcript-rating = Bewertung der öffnenden Person: { $stars }{ $with_comment ->
        [true] {" "}— “{ $comment }”
       *[false] {""}
    }
notice-opened-about-self = { $opener } hat dieses Ticket zu { $link } geöffnet:
    { $quote }
cmd-config-rating = bewertung
    .description = Ob Ersteller geschlossene Tickets bewerten, für Arten ohne eigene Einstellung (1 bis 5 Sterne)
cmd-config-rating-enabled = aktiv
    .description = An oder aus
cmd-config-members-open-about = mitglieder-zu-nachrichten
    .description = Ob Mitglieder, nicht nur das Team, über das Apps-Menü einer Nachricht ein Ticket dazu öffnen dürfen
cmd-config-members-open-about-enabled = aktiv
    .description = An oder aus
discord-reason-priority = Ticket { $label }: Priorität im Namen
priority-name-later = Der Name zeigt sie nach { $again }: Discord erlaubt zwei Umbenennungen in zehn Minuten.
reply-priority-unnamed = { $said } { $why }
cmd-config-priority-prefix = priorität-im-namen
    .description = Ob die Priorität eines Tickets als Emoji vor dem Namen seines Kanals oder Threads steht
cmd-config-priority-prefix-enabled = aktiv
    .description = An oder aus
web-tickets-sort = { $by ->
        [priority] Dringendste zuerst
       *[newest] Neueste zuerst
    }
# /stats: a server's figures for a period, for its staff alone.
cmd-stats = statistik
    .description = Antwort- und Schließzeiten, Bewertungen, verpasste Zielzeiten und offene Tickets
cmd-stats-days = tage
    .description = Der Zeitraum: die letzten 7, 30, 90 oder 365 Tage
cmd-stats-days-choice-7 = letzte 7 Tage
cmd-stats-days-choice-30 = letzte 30 Tage
cmd-stats-days-choice-90 = letzte 90 Tage
cmd-stats-days-choice-365 = letzte 365 Tage
cmd-stats-type = art
    .description = Nur Tickets dieser Art
cmd-stats-staff = teammitglied
    .description = Nur Tickets, die dieses Teammitglied zuerst beantwortet, übernommen oder geschlossen hat
stats-title = Ticket-Statistik: die letzten { $days } Tage
# Under the title when /stats was narrowed to one type. $name: the type's name.
stats-only-type = Art: { $name }
stats-note = Zeiten zählen nur die Öffnungszeiten der jeweiligen Art; die Echtzeit steht in Klammern. Die Zahlen können eine Minute alt sein.
stats-field = { $field ->
        [tickets] Tickets
        [first-response] Erste Antwort
        [resolution] Erledigung
        [quality] Qualität
        [targets] Verpasste Zielzeiten
        [backlog] Jetzt offen
       *[staff] Team
    }
stats-tickets = { $opened } geöffnet · { $closed } geschlossen · { $claimed } übernommen
# Business time, then wall-clock time. $median, $p90: durations such as 1d 2h 3m; $count: how many tickets.
stats-times = Median { $median }, 90 % innerhalb von { $p90 }
    ({ $wall_median }, { $wall_p90 } in Echtzeit; { $count } Tickets)
stats-none = noch keine
# $reopened: a percentage or —; $messages: a number or —; $rating: an average such as 4.5, or —.
stats-quality = Wieder geöffnet: { $reopened } % · Nachrichten pro Ticket: { $messages } · Bewertung: { $rating } ★ ({ $ratings ->
        [one] 1 Bewertung
       *[other] { $ratings } Bewertungen
    }) · Ohne Ticket durch gespeicherte Antworten erledigt: { $deflected } (insgesamt)
stats-targets = { $response } erste Antworten · { $resolution } Erledigungen
stats-backlog = { $total } offen: { $day } unter einem Tag · { $days } 1–3 Tage · { $week } 3–7 Tage · { $older } älter
    Wartet auf das Team: { $staff } · auf den Ersteller: { $opener }
# One staff member's line. $member: a mention; $median: their median first response (or —).
stats-staff-line = { $member }: { $answers } erste Antworten ({ $median }) · { $claimed } übernommen · { $closed } geschlossen
# Response targets.
cmd-type-targets = zielzeiten
    .description = Zielzeiten in den Öffnungszeiten: bis zur ersten Antwort des Teams und bis zum Schließen (0: keine)
cmd-type-targets-type = art
    .description = Die Ticket-Art
cmd-type-targets-first-response = erste-antwort
    .description = Minuten in den Öffnungszeiten bis zur ersten Antwort des Teams (0: keine Zielzeit)
cmd-type-targets-resolution = erledigung
    .description = Stunden in den Öffnungszeiten bis zum Schließen (0: keine Zielzeit)
cmd-config-target-warning = zielzeit-warnung
    .description = Wie viel einer Zielzeit ein Ticket verbraucht, bevor das Team alarmiert wird
cmd-config-target-warning-percent = prozent
    .description = Ein Prozentwert von 50 bis 95
# $response, $resolution: durations such as 2h, or "none".
type-list-targets = Zielzeiten (Öffnungszeiten): erste Antwort innerhalb von { $response }, geschlossen innerhalb von { $resolution }
settings-target-warning = bei { $percent } % einer Zielzeit
# Posted for staff in the type's alert channel (else the log channel). $ticket: a channel mention; $label: #0042;
# $type: the type's name; $target, $elapsed: durations of opening hours such as 1h 30m.
target-alert = { $kind ->
        [response_warned_at] ⏳ { $ticket } ({ $label }, { $type }) wartet seit { $elapsed } (in Öffnungszeiten) auf eine erste Antwort; die Zielzeit ist { $target }.
        [response_breached_at] 🚨 { $ticket } ({ $label }, { $type }) hat die Zielzeit von { $target } für die erste Antwort verpasst.
        [resolution_warned_at] ⏳ { $ticket } ({ $label }, { $type }) ist seit { $elapsed } (in Öffnungszeiten) offen; die Zielzeit bis zum Schließen ist { $target }.
       *[resolution_breached_at] 🚨 { $ticket } ({ $label }, { $type }) hat die Zielzeit von { $target } bis zum Schließen verpasst.
    }
# The HTTP API's answers to a wrong statistics query. $choices: "7, 30, 90, 365".
api-error-days = days muss einer dieser Werte sein: { $choices }.
api-error-stats-type = type muss die ID einer Ticket-Art dieses Servers sein.
api-error-stats-staff = staff muss die ID eines Mitglieds sein, als Zeichenkette aus Ziffern.
# The viewer's statistics page. $server: the server's name.
web-stats-title = Statistik — { $server }
web-stats-link = Statistik
web-stats-tickets-link = Tickets
web-stats-csv = Als CSV herunterladen
web-stats-period = Zeitraum
web-stats-show = Anzeigen
web-stats-chart = { $chart ->
        [tickets] Tickets pro Woche
       *[response] Median der ersten Antwort pro Woche, in Stunden der Öffnungszeiten
    }
# The series of the weekly charts.
web-stats-series = { $series ->
        [opened] geöffnet
        [closed] geschlossen
       *[response] erste Antwort
    }
web-stats-by = { $group ->
        [type] Nach Art
       *[staff] Nach Teammitglied
    }
web-stats-column = { $column ->
        [type] Art
        [opened] Geöffnet
        [closed] Geschlossen
        [first-response] Median erste Antwort
        [resolution] Median Erledigung
        [missed] Verpasste Zielzeiten
        [staff] Teammitglied
        [answers] Erste Antworten
        [claimed] Übernommen
       *[rating] Bewertung
    }
# The viewer's "My tickets" page: a member's own tickets on the servers they share with the bot.
web-mine-title = Meine Tickets
web-mine-none = Du hast keine Tickets auf den Servern, die du mit diesem Bot teilst.
web-mine-column =
    { $column ->
        [server] Server
        [ticket] Ticket
        [type] Art
        [status] Status
        [opened] Geöffnet
        [closed] Geschlossen
       *[reopen] {""}
    }
# The link to the site's home page, at the top of every page.
web-nav-home = Start
web-not-found = An dieser Adresse gibt es nichts.
    .title = Seite nicht gefunden
# On "My tickets", for an archived ticket; and what the member, then staff, are told.
web-mine-reopen = Wiedereröffnung beim Team anfragen
web-reopen-asked = Das Team wurde gebeten, { $label } wieder zu öffnen. Es sieht deine Anfrage in seinem Kanal.
    .title = Anfrage gesendet
web-reopen-not-asked = Die Anfrage wurde nicht gesendet: melde dich erneut an und versuche es unter „Meine Tickets“.
    .title = Nicht gesendet
# Posted for staff, with the ticket's Reopen button. $member: a mention; $label: #0042; $type: the type's name.
reopen-asked = 🔁 { $member } bittet darum, { $label } ({ $type }) wieder zu öffnen.
reopen-ask-not-archived = Nur ein archiviertes Ticket kann wieder geöffnet werden, und { $label } ist keins.
reopen-ask-too-soon = Das Team wurde heute schon gebeten, { $label } wieder zu öffnen.
reopen-ask-nowhere = Dieser Server hat keinen Kanal, in dem das Team die Anfrage sehen würde; frag es in Discord.
reopen-ask-refused = Discord hat die Anfrage nicht gepostet; versuch es später noch einmal.
web-unavailable = Die Datenbank ist gerade nicht erreichbar. Versuch es gleich noch einmal.
    .title = Nicht verfügbar

## The dashboard (web.dashboard): where people who manage a server set the bot up from a browser.

# A dashboard change in the audit log: the command's own words, then where it was made. $details: those words.
audit-detail-via-dashboard = { $details } (über das Dashboard)
web-dash-not-yours = Nur wer diesen Server verwaltet (Server verwalten), kann sein Dashboard öffnen, und der Bot muss auf dem Server sein.
    .title = Nicht dein Dashboard
web-dash-forged = Diese Änderung kam nicht von der eigenen Seite dieser Website und wurde nicht übernommen. Lade die Seite neu und versuch es noch einmal.
    .title = Änderung abgelehnt
# The dashboard's own navigation (its aria-label).
web-dash-sections = Server
# A section of a server's pages. $section: tickets, stats, settings, types, panels, tags, labels, blacklist or keys.
web-dash-section =
    { $section ->
        [tickets] Tickets
        [stats] Statistik
        [settings] Einstellungen
        [types] Ticket-Arten
        [panels] Panels
        [tags] Gespeicherte Antworten
        [labels] Labels
        [blacklist] Sperrliste
       *[keys] API-Schlüssel
    }
# What was just saved. $what: setup, settings, created, changed, deleted or posted.
web-dash-saved =
    { $what ->
        [setup] Einrichtung gespeichert.
        [settings] Einstellungen gespeichert.
        [created] Ticket-Art erstellt.
        [deleted] Gelöscht.
        [posted] Panel gepostet.
       *[changed] Änderungen gespeichert.
    }
# A group of settings on a form. $group: its name.
web-dash-group =
    { $group ->
        [setup] Team, Kategorie und Log
        [opening] Tickets öffnen
        [handling] Tickets bearbeiten
        [closing] Tickets schließen
        [basics] Name und Sprache
        [who] Wer öffnet, wer antwortet
        [where] Wohin Tickets kommen
        [when] Öffnungszeiten und Ziele
        [welcome] Begrüßung
       *[panel] Panel
    }
# A setting's name on a form. $field: the setting.
web-dash-field =
    { $field ->
        [max_open_tickets] Offene Tickets pro Mitglied
        [channel_name_template] Vorlage für Kanalnamen
        [members_open_about] Mitglieder dürfen ein Ticket zu einer Nachricht öffnen
        [welcome_message] Begrüßung
        [language] Sprache
        [claim_mode] Übernahme-Modus
        [priority_prefix] Prioritäts-Emoji vor dem Namen
        [target_warning_percent] Team warnen bei diesem Anteil eines Ziels (%)
        [auto_close_hours] Automatisch schließen nach (Stunden)
        [auto_close_warning_hours] Vor dem Schließen warnen (Stunden)
        [idle_counts] Ruhig heißt keine Nachricht von
        [confirm_close] /ticket close bestätigen
        [ask_rating] Ersteller um eine Bewertung bitten
        [on_opener_leave] Wenn der Ersteller geht
        [staff_role_ids] Team-Rollen
        [ticket_category_id] Ticket-Kategorie
        [log_channel_id] Log-Kanal
        [close_action] Geschlossene Tickets werden
        [archive_category_id] Archiv-Kategorie
        [overflow_category_id] Überlauf-Kategorie
        [name] Name
        [emoji] Emoji
        [description] Beschreibung
        [required_role_ids] Rollen, die zum Öffnen nötig sind
        [bypass_role_ids] Rollen, die auch außerhalb der Zeiten öffnen
        [ping_role_ids] Beim Öffnen erwähnte Rollen
        [max_open] Offene Tickets pro Mitglied
        [cooldown_seconds] Wartezeit zwischen Tickets (Minuten)
        [category_id] Kategorie
        [thread_channel_id] Private Threads im Kanal
        [alert_channel_id] Alarm-Kanal fürs Team
        [hours] Öffnungszeiten
        [timezone] Zeitzone
        [response_target_minutes] Ziel für die erste Antwort (Minuten)
        [resolution_target_minutes] Ziel für die Lösung (Stunden)
        [deflect] Zuerst gespeicherte Antworten anbieten
        [channel_id] Kanal
        [title] Titel
        [button_label] Button-Text
        [style] Stil
        [label] Frage
        [required] Pflicht
        [placeholder] Platzhalter
        [min_length] Kürzeste Antwort
        [max_length] Längste Antwort
        [choices] Auswahl (durch Kommas getrennt)
       *[blocked_role] Rolle
    }
# An empty optional choice: the server's setting (or the default) stands.
web-dash-default = Standard
web-dash-required = { $field }: Das muss ausgefüllt sein.
web-dash-length = { $field }: höchstens { $most } Zeichen.
web-dash-range = { $field }: Gib eine Zahl von { $least } bis { $most } ein.
web-dash-choice = { $field }: Wähle eine der angebotenen Optionen.
web-dash-channel-gone = { $field }: Dieser Kanal ist weg oder nicht von der richtigen Art; wähle einen anderen.
web-dash-member-unknown = Kein Mitglied dieses Servers hat diese ID.
web-dash-set-up-first = Speichere zuerst die Einrichtung oben; die anderen Einstellungen folgen.
web-dash-save = Speichern
web-dash-post = Posten
web-dash-preview = Vorschau
web-dash-new-type = Neue Ticket-Art
web-dash-types-none = Noch keine Ticket-Arten.
# A column of a dashboard list. $column: its name.
web-dash-column =
    { $column ->
        [name] Name
        [questions] Fragen
        [staff] Team-Rollen
        [description] Beschreibung
        [panel] Panel
        [channel] Kanal
        [offers] Angebotene Ticket-Arten
        [state] Nachricht
        [types] Für Ticket-Arten
        [text] Text
       *[made-by] Erstellt von
    }
web-dash-form = Formular
web-dash-form-help = Mitglieder beantworten diese Fragen, wenn sie ein Ticket öffnen (bis zu fünf). Füll eine leere Zeile aus, um eine hinzuzufügen, ändere die Nummern, um sie umzusortieren, und hak Entfernen an, um eine herauszunehmen.
web-dash-form-none = Keine Fragen: Das Ticket öffnet sofort.
# A row of the form editor. $number: its place.
web-dash-question = Frage { $number }
web-dash-position = Position
web-dash-remove = Entfernen
# The buttons of Discord's form window, in the preview. $button: cancel or submit.
web-dash-modal =
    { $button ->
        [cancel] Abbrechen
       *[submit] Absenden
    }
web-dash-delete-type = Diese Ticket-Art löschen
# Before the links to a type's welcome and form in each language.
web-dash-variants = Begrüßung und Formular für Ersteller, die lesen:
# The link back to a type's own settings, from one language's welcome and form.
web-dash-variant-own = die eigenen der Art
web-dash-variant-help = Ersteller, deren Discord diese Sprache spricht, bekommen diese Begrüßung und dieses Formular; leer bekommen sie die der Art.
web-dash-new-panel = Neues Panel
web-dash-panels-none = Noch keine Panels.
web-dash-panel-gone = Nachricht weg: Poste es neu oder lösche es
web-dash-panel-posted = Gepostet
web-dash-panel-types = Die Arten, die dieses Panel anbietet; keine: die erste Art des Servers, hinter einem Button.
# The tag Discord shows beside a bot's name.
web-dash-app = APP
web-dash-delete-panel = Dieses Panel löschen
web-dash-blacklist-none = Niemand ist gesperrt.
web-dash-block = Sperren
web-dash-block-member = Oder ein Mitglied, per ID
web-dash-unblock = Entfernen
web-dash-keys-none = Keine API-Schlüssel.
web-dash-key-create = Schlüssel erstellen
web-dash-key-revoke = Widerrufen
web-dash-key-once = Hier ist der neue Schlüssel. Kopier ihn jetzt: Er wird nur dieses eine Mal angezeigt.
web-dash-delete = Löschen
web-dash-tag-new = Neue gespeicherte Antwort
web-dash-tag-types = Keine gewählt: für jede Ticket-Art.
# How often staff sent a saved reply. $uses: the count.
web-dash-tag-uses =
    { $uses ->
        [one] Einmal gesendet
       *[other] { $uses }-mal gesendet
    }
web-dash-labels-none = Noch keine Labels.
web-dash-label-new = Label erstellen
# The link from a server's ticket list to its dashboard.
web-dash-link = Einstellungen
# No member of the server has a name that starts with what was typed as the opener. $name: what was typed.
web-search-no-such-opener = Kein Mitglied hat einen Namen, der mit „{ $name }“ beginnt.
# Before the members whose names start with what was typed, each a link to their tickets.
web-search-openers = Welcher Ersteller?
