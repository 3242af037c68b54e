# es. Translate from en.ftl; a key missing here falls back to English.
# Fluent syntax: https://projectfluent.org/fluent/guide/

## Shared

# An audit entry stored before the catalogs existed: its English, shown as it was written.
stored-prose = { $text }

## Errors

error-configuration = El bot no está bien configurado. Los administradores pueden ver el motivo en su registro.
error-database = La base de datos no está disponible en este momento. Vuelve a intentarlo en un rato.
error-restarting = El bot se está reiniciando. Vuelve a intentarlo en un momento.
error-discord-refused = Discord rechazó mi solicitud ({ $status }). Vuelve a intentarlo en un momento.
error-missing-permission = Necesitas el permiso { $permissions } para esto.
error-server-only = Esto solo funciona dentro de un servidor.
error-not-a-member = Esa persona no está (ya) en este servidor.
error-rate-limited = Discord me pide esperar antes de hacer eso aquí; vuelve a intentarlo { $again }.
error-not-in-ticket = Usa esto dentro del canal de un ticket.
error-check-failed = No puedes usar esto aquí.
error-unexpected = Algo falló por mi parte. Si vuelve a pasar, pásales a los administradores este código de error: `{ $id }`.
error-not-configured = Los tickets aún no están configurados en este servidor. Un administrador tiene que ejecutar `/setup`.
error-ticket-limit = { $scope ->
        [named] { $limit ->
            [one] Ya tienes un ticket de { $type } abierto.
           *[other] Ya tienes { $limit } tickets de { $type } abiertos.
        }
        [type] { $limit ->
            [one] Ya tienes un ticket abierto de este tipo.
           *[other] Ya tienes { $limit } tickets abiertos de este tipo.
        }
       *[server] { $limit ->
            [one] Ya tienes un ticket abierto.
           *[other] Ya tienes { $limit } tickets abiertos.
        }
    } Cierra uno antes de abrir otro.
error-type-name-taken = Ya existe un tipo de ticket llamado «{ $name }».
error-ticket-not-pending = El ticket { $ticket_id } no está esperando un canal.

## Tickets

welcome-default = ¡Gracias por escribirnos! Cuéntanos qué te pasa y alguien del staff te atenderá en breve.
welcome-title = Ticket { $label }
welcome-title-typed = { $type } · Ticket { $label }
welcome-opened-by = Abierto por
welcome-reason = Motivo
welcome-claimed-by = Asumido por
welcome-no-reason = Sin motivo
welcome-footer = Pulsa Cerrar cuando tu problema esté resuelto.
join-notice = Nuevo ticket de { $type } { $label } de { $opener }: { $place }. Únete para participar.
notice-claimed = { $actor } ha asumido este ticket y se encargará de él.
notice-transferred = { $actor } le pasó este ticket a { $claimer }.
notice-unclaimed = { $actor } ha dejado de encargarse de este ticket.
notice-unclaimed-held = { $actor } ha liberado este ticket (lo tenía { $held }).
notice-member-added = { $actor } añadió a { $member } a este ticket.
notice-member-removed = { $actor } quitó a { $member } de este ticket.
notice-close-requested = { $opener }, { $actor } quiere cerrar este ticket{ $with_reason ->
        [true] : { $reason }
       *[other] .
    }{ $with_due ->
        [true] {"\u000A"}Se cerrará solo { $due } si no decides mantenerlo abierto.
       *[other] {""}
    }
notice-idle-warning = { $opener }, este ticket { $by_opener ->
        [true] lleva un rato sin mensajes tuyos
       *[other] lleva un rato sin actividad
    } y se cerrará solo { $due }. Escribe cualquier cosa aquí para mantenerlo abierto.
close-summary-title = Ticket { $label } cerrado
close-summary-server = Servidor
close-summary-closed-by = Cerrado por
close-summary-opened = Abierto
close-summary-closed = Cerrado
close-summary-duration = Duración
close-summary-participants = Participantes
close-summary-messages = Mensajes
close-summary-no-transcript = sin transcripción
close-summary-transcript = Transcripción
close-summary-transcript-link = [Léela en el navegador]({ $link }) (el enlace caduca al cabo de un tiempo)
audit-by = por { $actor }
audit-author = { $heading } · { $label }
ticket-not-a-ticket = Este canal no es un ticket.
ticket-server-gone = Ese ticket es de un servidor en el que ya no estoy.
ticket-place-gone = El canal del ticket { $label } ya no existe.
ticket-still-opening = El ticket { $label } todavía se está abriendo; vuelve a intentarlo en un momento.
ticket-already-closing = El ticket { $label } ya se está cerrando.
ticket-closed = El ticket { $label } está cerrado.
refusal-staff-only = { $action ->
        [add-members] Solo el staff puede añadir miembros a los tickets.
        [remove-members] Solo el staff puede quitar miembros de los tickets.
        [join] Solo el staff puede unirse a los tickets.
        [claim] Solo el staff puede asumir tickets.
        [transfer] Solo el staff puede transferir tickets.
        [auto-close] Solo el staff puede cambiar el cierre automático.
        [rename] Solo el staff puede renombrar tickets.
        [move] Solo el staff puede mover tickets.
        [request-close] Solo el staff puede pedir que se cierre un ticket.
        [reopen] Solo el staff puede reabrir tickets.
        [tags] Solo el staff puede usar respuestas guardadas.
        [labels] Solo el staff puede etiquetar tickets.
        [open-for] Solo el staff de ese tipo puede abrir tickets para otros.
        [priority] Solo el staff puede cambiar la prioridad de un ticket.
        [notes] Solo el staff puede leer y escribir notas.
        [stats] Solo el staff puede ver las estadísticas.
       *[other] Solo el staff puede hacer esto.
    }
refusal-close = Solo quien abrió este ticket, o el staff, puede cerrarlo.
staff-role-everyone = @everyone no puede ser un rol de staff: cualquier miembro podría leer y cerrar todos los tickets.
staff-role-managed = { $role } está gestionado por una integración (un bot o una suscripción), así que no eliges tú a sus miembros; elige un rol que asignes tú.
staff-role-above-bot = { $role } está al mismo nivel o por encima de mi rol más alto, así que no puedo gestionarlo. Sube mi rol por encima en Ajustes del servidor → Roles, o elige otro rol.
limit-out-of-range = El límite tiene que estar entre { $low } y { $high } tickets abiertos por miembro.
place-refused = Discord no me dejó { $action }: me falta un permiso ahí.
place-failed = Discord falló cuando intenté { $action } ({ $status }). Vuelve a intentarlo.
place-category-full = { $count ->
        [0] La categoría de tickets está llena
        [one] La categoría { $categories } está llena
       *[other] Las categorías { $categories } están llenas
    } (Discord permite 50 canales por categoría), así que ahora no se puede abrir ningún ticket. Cierra algunos tickets ahí o pide a un administrador que añada una categoría de reserva (`/setup` o `/type edit`).
place-server-full = Este servidor ha llegado al límite de Discord de 500 canales, así que no se pueden crear más.
place-action-grant = darle acceso a { $member } a este ticket
place-action-join = añadirte a este ticket
place-action-revoke = quitar a { $member } de este ticket
place-action-create = crear el canal del ticket
place-action-welcome = darte la bienvenida en el canal del ticket
place-action-claim = cambiar quién puede trabajar en este ticket
place-action-rename = renombrar este ticket
place-action-move = mover este ticket
place-action-retire = eliminar o archivar el canal de este ticket
place-action-retire-closed = eliminar o archivar el canal de este ticket; el ticket está cerrado
place-action-reopen = reabrir este ticket
place-action-read = leer los mensajes de este ticket para su transcripción
place-action-post-transcript = publicar la transcripción en el canal de registro
place-action-stays-open = { $step }; el ticket sigue abierto
claim-already-yours = Ya has asumido este ticket. Con `/ticket unclaim` lo liberas.
claim-already-taken = { $claimer } ya ha asumido este ticket.
claim-none = Nadie ha asumido este ticket.
claim-transfer-not-staff = { $member } no es staff de este ticket, así que no se le puede pasar.
claim-transfer-same = { $member } ya tiene este ticket.
claim-held = { $claimer } ha asumido este ticket; solo esa persona o un administrador pueden cambiarlo.
claim-raced = { $known ->
        [true] { $claimer } cambió
       *[other] alguien cambió
    } quién tiene este ticket justo antes que tú; vuelve a intentarlo.
close-request-own = Este ticket es tuyo: ciérralo con `/ticket close`.
close-request-opener-only = Solo quien abrió este ticket puede responder a la solicitud de cierre.
close-request-answered = Esta solicitud de cierre ya fue respondida.
notice-kept-open = { $actor } mantuvo este ticket abierto.
audit-detail-close-requested = { $with_reason ->
        [true] { $actor } pidió cerrar este ticket ({ $reason })
       *[other] { $actor } pidió cerrar este ticket
    }
close-reason-no-answer = { $with_reason ->
        [true] Sin respuesta a la solicitud de cierre: { $reason }
       *[other] Sin respuesta a la solicitud de cierre
    }
rename-empty = El nombre del canal necesita al menos una letra o un número.
rename-same = El canal ya se llama #{ $name }.
rename-rate-limited = Discord permite cambiar el nombre de un canal dos veces cada diez minutos; este se podrá renombrar de nuevo { $again }.
notice-renamed = { $actor } renombró este ticket a #{ $name }.
move-same = El ticket { $label } ya es de tipo { $type }.
ticket-changed-meanwhile = El ticket { $label } cambió mientras tanto; vuelve a intentarlo.
notice-moved = { $had_type ->
        [true] { $actor } movió este ticket de { $before } a { $type }.
       *[other] { $actor } movió este ticket a { $type }.
    }
discord-reason-renamed = Ticket { $label } renombrado
notice-auto-close = { $enabled ->
        [true] { $actor } hizo que este ticket vuelva a cerrarse por inactividad.
       *[other] { $actor } hizo que este ticket no se cierre por inactividad.
    }
close-reason-idle = { $unit ->
        [minutes] { $amount ->
            [one] Sin actividad durante { $amount } minuto
           *[other] Sin actividad durante { $amount } minutos
        }
       *[hours] { $amount ->
            [one] Sin actividad durante { $amount } hora
           *[other] Sin actividad durante { $amount } horas
        }
    }
member-bot = No se pueden añadir bots a los tickets.
member-already-in = { $member } ya está en este ticket.
member-remove-opener = No se puede quitar a quien abrió el ticket. Mejor cierra el ticket.
member-remove-staff = { $member } es staff, así que su rol le da acceso a todos los tickets. Quítale el rol de staff para sacarlo.
member-not-in = { $member } no está en este ticket.
join-sees-already = Ya ves el ticket { $label }: { $place }.
join-in-already = Ya estás en el ticket { $label }: { $place }.
notice-joined = { $member } se unió a este ticket.
notice-opener-left = { $opener } se fue del servidor. El ticket sigue abierto; ciérralo cuando termines.
discord-reason-added = Añadido al ticket { $label } por { $actor }
discord-reason-joined = Se unió al ticket { $label }
discord-reason-removed = Quitado del ticket { $label } por { $actor }
ticket-type-default = Soporte
open-type-gone = Ese tipo de ticket ya no existe. Pide a un administrador que actualice el panel.
open-cooldown = Acabas de abrir un ticket de { $type }. Podrás abrir otro { $again }.
discord-reason-open-failed = No se pudo abrir el ticket { $label }
discord-reason-withdrawn = Ticket { $label } retirado
audit-detail-opened = { $with_reason ->
        [true] { $opener } abrió { $place }: { $reason }
       *[other] { $opener } abrió { $place }
    }{ $resumed ->
        [true] {"\u000A"}(completado tras una interrupción)
       *[other] {""}
    }
notice-closed-by-bot = Ticket { $label } cerrado: { $reason }.
close-open-again = El ticket { $label } vuelve a estar abierto; ciérralo otra vez si debe cerrarse.
close-log-channel-gone = El canal de registro ya no existe, así que no se puede guardar la transcripción. El ticket sigue abierto; un administrador tiene que volver a ejecutar `/setup`.
close-transcript-held = La transcripción del ticket { $label } no se publicó aquí: cualquiera puede leer { $channel }. Está guardada. Un administrador tiene que quitarle a @everyone el permiso Ver canal aquí (y dárselo al rol de staff); `/doctor` lo comprueba.
close-reason-channel-deleted = Canal eliminado fuera del bot
close-reason-thread-deleted = Hilo eliminado fuera del bot
close-reason-thread-channel-deleted = Canal de hilos eliminado fuera del bot
close-reason-opener-left = Quien lo abrió se fue del servidor
audit-detail-closed = { $archived ->
        [true] { $with_reason ->
            [true] Ticket { $label } de { $opener } archivado: { $reason }
           *[other] Ticket { $label } de { $opener } archivado: sin motivo
        }
       *[other] { $with_reason ->
            [true] Ticket { $label } de { $opener } cerrado: { $reason }
           *[other] Ticket { $label } de { $opener } cerrado: sin motivo
        }
    }
audit-detail-retire-refused = { $known ->
        [true] El ticket { $label } de { $opener } está cerrado y su transcripción guardada, pero { $place } sigue ahí: { $why } Sigo reintentándolo; `/ticket close` ahí lo reintenta al momento.
       *[other] El ticket { $label } de { $opener } está cerrado y su transcripción guardada, pero su canal sigue ahí: { $why } Sigo reintentándolo; `/ticket close` ahí lo reintenta al momento.
    }
reopen-limit = { $per_type ->
        [true] { $limit ->
            [one] { $opener } ya tiene { $limit } ticket abierto, el máximo para este tipo; tiene que cerrarse antes.
           *[other] { $opener } ya tiene { $limit } tickets abiertos, el máximo para este tipo; uno tiene que cerrarse antes.
        }
       *[other] { $limit ->
            [one] { $opener } ya tiene { $limit } ticket abierto, el máximo permitido; tiene que cerrarse antes.
           *[other] { $opener } ya tiene { $limit } tickets abiertos, el máximo permitido; uno tiene que cerrarse antes.
        }
    }
reopen-raced = El ticket { $label } se acaba de reabrir.
reopen-is-open = El ticket { $label } está abierto.
reopen-is-closing = El ticket { $label } se está cerrando; reábrelo cuando esté archivado.
reopen-place-deleted = El canal del ticket { $label } se eliminó, así que no se puede reabrir; abre un ticket nuevo.
reopen-not-archived = El ticket { $label } se cerró sin archivar su canal, así que no se puede reabrir.
notice-reopened = { $actor } reabrió este ticket.
audit-detail-reopen-undone = No se pudo reabrir el ticket { $label }: { $why }
discord-reason-unknown-channel = Canal de ticket que ningún registro conoce (perdido en un fallo)
close-reason-missing-at-start = Canal no encontrado al arrancar
audit-detail-recovery-stuck = { $closing ->
        [true] { $known ->
            [true] No pude terminar de cerrar el ticket { $label } de { $opener } en { $place }: { $why }
           *[other] No pude terminar de cerrar el ticket { $label } de { $opener } en su canal: { $why }
        }
       *[other] { $known ->
            [true] No pude terminar de abrir el ticket { $label } de { $opener } en { $place }: { $why }
           *[other] No pude terminar de abrir el ticket { $label } de { $opener } en su canal: { $why }
        }
    }{"\u000A"}Sigo reintentándolo; revisa mis permisos ahí.
permissions-missing-in = { $permissions } en { $channel }
permissions-missing-list = { $first }; { $rest }
permissions-missing = Me faltan permisos: { $problems }. Dáselos a mi rol y vuelve a ejecutar el comando.
place-ticket-category-gone = La categoría de tickets ya no existe. Un administrador tiene que volver a ejecutar `/setup`.
place-ticket-category-full = La categoría de tickets **{ $category }** está llena (Discord permite 50 canales por categoría); cierra algunos tickets primero.
place-categories-full = Todas las categorías de tickets están llenas y este servidor tiene { $channels } canales, cerca del límite de Discord de { $limit }, así que ahora no se puede abrir ningún ticket. Cierra algunos tickets o elimina canales que no se usen.
place-archive-gone-stays-open = La categoría de archivo ya no existe, así que el ticket sigue abierto. Un administrador tiene que volver a ejecutar `/setup`.
place-archive-gone = La categoría de archivo ya no existe. Un administrador tiene que volver a ejecutar `/setup`.
place-archive-full = La categoría de archivo **{ $category }** está llena (Discord permite 50 canales por categoría), así que el ticket sigue abierto. Un administrador puede eliminar ahí tickets archivados antiguos o elegir otra categoría de archivo con `/setup`.
place-thread-channel-gone = El canal de los tickets en hilo ya no existe. Un administrador tiene que elegir otro con `/type edit thread_channel`.
place-thread-channel-hidden = Los tickets de este tipo se crean como hilos en { $channel }, donde no puedes ver o escribir. Pide al equipo del servidor que te dé acceso o que elija otro canal con `/type edit thread_channel`.
place-thread-move = Un ticket en hilo solo se puede mover a un tipo cuyos tickets sean hilos en el mismo canal.
discord-reason-opened = Ticket { $label } abierto por { $opener }
discord-reason-opened-resumed = Ticket { $label } abierto tras una interrupción
discord-reason-opener-gone = No se pudo abrir el ticket { $label }: quien lo abrió se fue
discord-reason-categories-full = Todas las categorías de tickets están llenas (50 canales cada una)
discord-reason-closed = Ticket { $label } cerrado
discord-reason-archived = Ticket { $label } archivado
discord-reason-reopened = Ticket { $label } reabierto
discord-reason-claim = Cambió quién tiene el ticket
discord-reason-moved = Ticket { $label } movido a otro tipo
discord-reason-synced = Ticket ajustado a su registro
form-prompt = Los tickets de **{ $type }** empiezan con unas preguntas.
reply-opened = Tu ticket { $label } está abierto: { $place }
reply-retire-refused = El ticket { $label } está cerrado y su transcripción guardada, pero su canal sigue ahí: { $why } Cuando se arregle, `/ticket close` en ese canal termina el cierre.
reply-kept-open = El ticket { $label } sigue abierto.
reply-close-requested = Se le preguntó a quien abrió { $label } si se puede cerrar.
reply-closed = { $archived ->
        [true] Ticket { $label } archivado.
       *[other] Ticket { $label } cerrado.
    }{ $copy ->
        [sent] {" "}Se le envió una copia de la transcripción a quien lo abrió.
        [refused] {" "}Quien lo abrió no acepta mensajes directos, así que no se le envió copia.
        [failed] {" "}Discord no pudo entregar la copia de la transcripción a quien lo abrió.
       *[none] {""}
    }{ $held ->
        [true] {" "}Cualquiera puede leer el canal de registro, así que la transcripción se guardó pero no se publicó ahí.
       *[other] {""}
    }
notice-closed = { $with_reason ->
        [true] { $closer } cerró el ticket { $label }: { $reason }.
       *[other] { $closer } cerró el ticket { $label }: sin motivo.
    }{ $with_transcript ->
        [true] {"\u000A"}La transcripción está guardada: { $transcript }
       *[other] {""}
    }{"\u000A"}{ $archived ->
        [true] Este canal queda archivado en solo lectura.
       *[other] { $seconds ->
            [one] Este canal se eliminará en { $seconds } segundo.
           *[other] Este canal se eliminará en { $seconds } segundos.
        }
    }
reply-reopened = El ticket { $label } vuelve a estar abierto.
reply-renamed = Ahora el ticket se llama #{ $name }.
reply-moved = Ticket { $label } movido; ahora lo lleva el staff de su nuevo tipo.
reply-joined = Te uniste al ticket { $label }: { $place }.
reply-claimed = Has asumido el ticket { $label }.
reply-unclaimed = El ticket { $label } ya no está asumido por nadie.
reply-transferred = Ahora el ticket { $label } es de { $member }.
reply-auto-close = { $enabled ->
        [true] El ticket { $label } vuelve a cerrarse por inactividad, contando desde ahora.
       *[other] El ticket { $label } no se cerrará por inactividad.
    }
reply-member-added = Se añadió a { $member } a este ticket.
reply-member-removed = Se quitó a { $member } de este ticket.
welcome-edit-denied = Solo los miembros con Gestionar servidor pueden cambiar los mensajes de bienvenida.
welcome-saved-server = Se guardó el mensaje de bienvenida del servidor.
welcome-type-gone = Ese tipo de ticket se eliminó mientras tanto.
welcome-saved-type = Se guardó el mensaje de bienvenida de { $type }.
button-close = Cerrar
button-claim = Asumir
button-form = Responder las preguntas
button-accept-close = Cerrarlo
button-keep-open = Mantener abierto
button-reopen = Reabrir
button-join = Unirme
close-modal-title = ¿Cerrar este ticket?
close-modal-reason = Motivo (opcional)
close-confirm = Pulsa Cerrar para confirmar el cierre del ticket { $label }.
form-title = Ticket de { $type }
welcome-modal-label = Mensaje de bienvenida
welcome-modal-placeholders = Marcadores: {"{"}user{"}"} {"{"}type{"}"} {"{"}number{"}"} {"{"}server{"}"}
form-required = Responde a «{ $question }»: es obligatoria.
form-too-many-files = Un formulario admite como máximo { $limit } archivos que sumen 10 MB; adjunta menos.
form-download-failed = Discord no entregó tus archivos ({ $error }). Vuelve a intentarlo.
audit-setup = Configuración
audit-settings-changed = Ajustes cambiados
audit-panel-sent = Panel publicado
audit-panel-changed = Panel editado
audit-panel-deleted = Panel eliminado
audit-type-created = Tipo de ticket creado
audit-type-changed = Tipo de ticket cambiado
audit-type-deleted = Tipo de ticket eliminado
audit-blacklist-added = Añadido a la lista negra
audit-blacklist-removed = Quitado de la lista negra
audit-api-key-created = Clave de API creada
audit-api-key-revoked = Clave de API revocada
audit-ticket-opened = Ticket abierto
audit-ticket-renamed = Ticket renombrado
audit-ticket-moved = Ticket movido
audit-member-added = Miembro añadido
audit-member-removed = Miembro quitado
audit-staff-joined = Se unió alguien del staff
audit-opener-left = Quien lo abrió se fue
audit-ticket-claimed = Ticket asumido
audit-ticket-unclaimed = Ticket liberado
audit-ticket-transferred = Ticket transferido
audit-auto-close-on = Cierre automático activado
audit-auto-close-off = Cierre automático desactivado
audit-close-requested = Cierre solicitado
audit-close-refused = Mantenido abierto
audit-ticket-closed = Ticket cerrado
audit-ticket-archived = Ticket archivado
audit-ticket-reopened = Ticket reabierto
audit-reopen-undone = Reapertura deshecha
audit-transcript-links-revoked = Enlaces de transcripción revocados
audit-recovery-stuck = Requiere atención

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
audit-value-text = «{ $text }»
audit-value-language-unset =
    { $owner ->
        [server] el idioma de Discord del servidor
       *[type] el del servidor
    }
audit-value-question =
    { $number }. «{ $label }» ({ $style }, { $required ->
        [true] obligatoria
       *[other] opcional
    }{ $any ->
        [true] , opciones: { $choices }
       *[other] { "" }
    })
type-list-question = P{ $number }. { $label } ({ $style })
close-database-failed = La base de datos falló mientras se cerraba el ticket { $label }. El cierre se completará solo en un minuto más o menos.
open-database-failed = La base de datos falló mientras se abría tu ticket, así que no se abrió. Vuelve a intentarlo en un momento.
form-database-slow = La base de datos va lenta ahora mismo, así que el formulario no puede abrirse a tiempo. Vuelve a intentarlo.
type-unknown =
    { $count ->
        [0] No hay ningún tipo de ticket llamado «{ $name }». Tipos aquí: ninguno todavía; crea uno con `/type create`.
       *[other] No hay ningún tipo de ticket llamado «{ $name }». Tipos aquí: { $known }.
    }
open-refused-blocked = No puedes abrir tickets en este servidor. Si crees que es un error, habla con un moderador.
open-refused-role = Solo los miembros con { $roles } pueden abrir tickets de { $type }.
open-refused-hours =
    { $known ->
        [no] Los tickets de { $type } se atienden { $hours } ({ $timezone }), así que ahora no se pueden abrir.
       *[yes] Los tickets de { $type } se atienden { $hours } ({ $timezone }), así que ahora no se pueden abrir. Vuelven { $back }.
    }
type-welcome-unknown-placeholder = El mensaje de bienvenida usa { $placeholder }, que no es un marcador; usa { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } o { "{" }server{ "}" }.
type-auto-close-warning-late = El aviso ({ $warning } horas antes del cierre) tiene que llegar después de que el ticket quede en silencio: con cierre automático a las { $hours } horas, avisa menos de { $hours } horas antes.
type-too-many = Un servidor puede tener como máximo { $limit } tipos de ticket (el límite de un menú de selección).
type-emoji-invalid = El emoji debe ser un solo emoji, como 💳, o un emoji del servidor, como <:billing:123…>.
type-description-too-long = La descripción de un tipo puede tener como máximo 100 caracteres (se muestra bajo la opción del menú).
type-limit-invalid = El límite de un tipo debe estar entre 1 y 25 tickets abiertos por miembro.
type-cooldown-invalid = La espera debe estar entre 0 y 7 días.
type-too-many-questions = Un formulario tiene como máximo { $limit } preguntas (el límite de Discord para un modal).
type-name-ambiguous = En una lista de tipos, como `/panel send types:`, «{ $name }» también se leería como { $others } y { $last }. Elige un nombre que no dé lugar a eso.
question-label-length = Una pregunta debe tener de 1 a 45 caracteres (el límite de Discord para una etiqueta).
question-placeholder-too-long = El texto de ayuda de una pregunta puede tener como máximo 100 caracteres.
question-choice-count = Una pregunta { $style } necesita de { $low } a { $high } opciones, separadas por comas.
question-choice-invalid = Cada opción debe tener de 1 a 100 caracteres, y no puede haber dos iguales.
question-choices-not-taken = Solo las preguntas choice, radio y checkboxes llevan opciones, no { $style }.
question-max-length-invalid = La respuesta a una pregunta puede tener como máximo 4000 caracteres.
question-min-length-invalid = La respuesta más corta de una pregunta debe estar entre 0 y la más larga.
hours-zone-unknown = «{ $zone }» no es una zona horaria; usa un nombre como Europe/Madrid o America/Mexico_City.
hours-empty = No se indicó ningún horario; p. ej. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-window-invalid = «{ $window }» no es un horario; p. ej. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-time-invalid = { $time } no es una hora del día; p. ej. Mon-Fri 09:00-17:00; Sat 10:00-14:00.
hours-days-invalid = «{ $days }» no es un día ni un rango de días; usa Mon, Tue, … Sun, o Daily.
name-length =
    { $what ->
        [type] Un tipo de ticket necesita un nombre de 1 a { $limit } caracteres.
        [tag] Una respuesta guardada necesita un nombre de 1 a { $limit } caracteres.
        [label] Una etiqueta necesita un nombre de 1 a { $limit } caracteres.
       *[api-key] Una clave de API necesita un nombre de 1 a { $limit } caracteres.
    }
name-control-characters =
    { $what ->
        [type] El nombre de un tipo de ticket no puede llevar caracteres de control; usa letras, números, espacios y signos de puntuación.
        [tag] El nombre de una respuesta guardada no puede llevar caracteres de control; usa letras, números, espacios y signos de puntuación.
        [label] El nombre de una etiqueta no puede llevar caracteres de control; usa letras, números, espacios y signos de puntuación.
       *[api-key] El nombre de una clave de API no puede llevar caracteres de control; usa letras, números, espacios y signos de puntuación.
    }
naming-format-refused = La plantilla de nombres de canal solo puede dar formato a { $field } con relleno como { $padded }, no { $given }.
naming-field-unknown = La plantilla de nombres de canal solo puede usar { "{" }number{ "}" }, { "{" }username{ "}" } y { "{" }type{ "}" }, no { $field }.
naming-invalid = La plantilla de nombres de canal { $template } no es válida: { $error }.
naming-needs-number = La plantilla de nombres de canal necesita { "{" }number{ "}" } o { "{" }username{ "}" }, p. ej. ticket-{ "{" }number:04d{ "}" }.
naming-empty = La plantilla de nombres de canal { $template } da un nombre de canal vacío.
panel-default-title = ¿Necesitas ayuda?
panel-default-description = Pulsa el botón de abajo para abrir un ticket privado con nuestro staff.
panel-default-button = Crear ticket
panel-channel-gone = El canal del panel #{ $id } ya no existe: bórralo y envía uno nuevo.
panel-message-gone = Se borró el mensaje del panel #{ $id }: borra el panel y envía uno nuevo.
panel-unknown = Aquí no hay ningún panel #{ $id }; `/panel list` te los muestra.
place-action-post-panel = publicar el panel en { $channel }
place-action-edit-panel = editar el panel
place-action-delete-panel = borrar el mensaje del panel en { $channel }
place-action-read-panel = leer el panel en { $channel }
place-action-update-panel = actualizar el panel
audit-detail-panel-sent = Panel «{ $title }» publicado en { $channel }: { $link }
audit-detail-panel-deleted = Panel «{ $title }» eliminado
audit-detail-panel-edited =
    { $changed ->
        [no] Panel #{ $id } «{ $title }» editado: no cambió nada
       *[yes] Panel #{ $id } «{ $title }» editado: { $changes }
    }
audit-detail-panel-change =
    { $field ->
        [title] título
        [description] texto
        [button_label] texto del botón
        [type_ids] tipos
       *[style] estilo
    }: { $before } → { $after }
panel-posted = Panel #{ $id } «{ $title }» publicado en { $channel }.
panel-edited = Panel #{ $id } «{ $title }» editado.
panel-deleted = Panel #{ $id } «{ $title }» eliminado.
panel-needs-text-channel = Los paneles van en un canal de texto: elige uno con la opción `channel`.
type-created = Tipo de ticket «{ $name }» creado.
type-saved = Tipo de ticket «{ $name }» guardado.
type-deleted = Tipo de ticket «{ $name }» eliminado.
type-welcome-modal-title = { $type }: bienvenida
type-variant-language-unknown = «{ $language }» no es un idioma que hable el bot.
help-title = Comandos
status-title = Estado
status-measuring = midiendo
status-field =
    { $field ->
        [latency] Latencia del gateway
        [database] Base de datos
        [open] Tickets abiertos aquí
       *[uptime] Tiempo en línea
    }
api-key-name-problem = { $problem } Por ejemplo, `dashboard`.
api-key-name-taken = Ya hay una clave llamada **{ $name }**.
api-key-too-many = Un servidor puede tener como máximo { $most } claves; revoca una con `/api-key revoke` primero.
api-key-unknown = No hay ninguna clave en uso con ese nombre; `/api-key list` te las muestra.
audit-detail-api-key-made = Clave de API **{ $name }** creada
audit-detail-api-key-revoked = Clave de API **{ $name }** revocada
setup-archive-needs-category = Para archivar hace falta una categoría de archivo: indica también `archive_category`.
setup-log-public = Todo el mundo puede leer { $channel }, así que cada transcripción publicada ahí sería pública. Quítale Ver canal a @everyone ahí (y dáselo a tu rol de staff), o elige un canal privado.
setup-role-gone = Ese rol ya no existe; elige otro.
setup-ping-role-unmentionable = No podría mencionar a { $role }: no es mencionable y me falta el permiso Mencionar @everyone, @here y todos los roles. Activa «Permitir que cualquiera @mencione este rol» en sus ajustes, o dame ese permiso.
setup-category-gone = Esa categoría ya no existe; elige otra.
setup-thread-channel-not-text = Los tickets en hilos necesitan un canal de texto; elige uno.
blacklist-already = { $target } ya está en la lista negra.
blacklist-everyone = No se puede poner a @everyone en la lista negra: cerraría los tickets a todo el servidor.
blacklist-not-on = { $target } no está en la lista negra.
type-delete-open =
    { $count ->
        [one] Todavía hay { $count } ticket de { $type } abierto ({ $labels }).
       *[other] Todavía hay { $count } tickets de { $type } abiertos ({ $labels }).
    } Ciérralos primero, para que ningún ticket se quede sin staff.
audit-detail-setup =
    Staff: { $staff }; tickets en { $category }; registro en { $log }; los tickets cerrados se { $archived ->
        [true] archivan en { $archive }
       *[other] eliminan
    }
audit-detail-settings-changed = { $changes }
audit-detail-blocked = { $target } ya no puede abrir tickets
audit-detail-unblocked = { $target } vuelve a poder abrir tickets
audit-detail-type-deleted = Tipo de ticket «{ $type }» eliminado
audit-detail-type-created =
    Tipo de ticket «{ $type }» creado{ $any ->
        [true] : { $settings }
       *[other] { "" }
    }
audit-detail-type-changed =
    Tipo de ticket «{ $type }» cambiado: { $any ->
        [true] { $changes }
       *[other] nada
    }
doctor-title =
    { $problems ->
        [0] Todo parece estar bien
        [one] { $problems } problema encontrado
       *[other] { $problems } problemas encontrados
    }
doctor-web = Parte web: { $problem }
doctor-not-set-up = Los tickets no están configurados aquí: ejecuta `/setup`.
doctor-server-fullness =
    El servidor tiene { $used } de los { $limit } canales que permite Discord{ $full ->
        [true] : borra canales viejos antes de que no se pueda crear ningún ticket.
       *[other] .
    }
doctor-category-fullness =
    { $place } { $channel } tiene { $used } de los { $limit } canales que permite Discord{ $full ->
        [true] : cierra o borra algunos, o elige otra.
       *[other] .
    }
doctor-message-content =
    { $on ->
        [true] El intent de contenido de mensajes está activado.
       *[other] El intent de contenido de mensajes está desactivado, así que las transcripciones salen vacías: activa Message Content Intent en el portal de desarrolladores, en Bot → Privileged Gateway Intents.
    }
doctor-endpoint-clear = Discord envía los clics y comandos a este bot.
doctor-endpoint-set = Hay una Interactions Endpoint URL configurada ({ $endpoint }): Discord envía ahí cada clic, y los miembros ven «Esta interacción ha fallado». Bórrala en el portal de desarrolladores, en General Information.
doctor-place =
    { $place ->
        [category] La categoría de tickets
        [log] El canal de registro
        [overflow] La categoría de desborde
        [type-category] La categoría de { $type }
        [type-overflow] El desborde de { $type }
        [type-threads] El canal de hilos de { $type }
        [archive] La categoría de archivo
       *[panel] El canal del panel
    }
doctor-place-gone = { $place } ya no existe: vuelve a ejecutar `/setup` (o `/type edit`, `/panel send`).
doctor-permissions-ok = Tengo todos los permisos que necesito en { $channel }.
doctor-permissions-missing = En { $channel } me falta { $missing }: dáselo a mi rol ahí.
doctor-log-public = Todo el mundo puede leer { $channel }: quítale Ver canal a @everyone ahí.
doctor-staff-role-gone = Un rol de staff ya no existe: ejecuta `/setup` (o `/type edit`) con los actuales.
doctor-staff-role-everyone = @everyone es un rol de staff, así que todos los miembros ven todos los tickets: ejecuta `/setup`.
doctor-staff-role-high = { $role } está a la altura de mi rol { $top } o por encima: sube mi rol por encima de él.
doctor-staff-roles-ok = Los roles de staff existen y están por debajo de mi rol.
setup-done =
    Los tickets están configurados.{ $restaffed ->
        [0] { "" }
       *[other]
            { " " }{ $restaffed } tickets abiertos usan ahora los nuevos roles de staff{ $failed ->
                [0] .
               *[other] ; { $failed } no se pudieron actualizar (revisa mis permisos ahí).
            }
    }
config-saved = Ajustes guardados.
config-welcome-modal-title = Mensaje de bienvenida
blacklist-added = { $target } ya no puede abrir tickets (el staff nunca se bloquea).
blacklist-removed = { $target } vuelve a poder abrir tickets.
settings-title = Ajustes de tickets
settings-not-set = sin configurar
settings-none = ninguno
settings-field =
    { $field ->
        [priority-prefix] Prioridad antes del nombre
        [target-warning] Aviso al staff
        [ratings] Valoraciones al cerrar
        [members-open-about] Los miembros abren tickets sobre mensajes
        [staff-roles] Roles de staff
        [category] Categoría de tickets
        [log-channel] Canal de registro
        [on-close] Al cerrar
        [archive] Categoría de archivo
        [overflow] Categoría de desborde
        [claim-mode] Al asumir un ticket
        [auto-close] Cierre automático
        [confirm-close] /ticket close pide confirmación
        [opener-leaves] Si quien lo abrió se va
        [max-open] Máximo de tickets abiertos por miembro
        [names] Nombres de canal
        [language] Idioma
       *[welcome] Mensaje de bienvenida
    }
settings-yes-no =
    { $yes ->
        [true] sí
       *[other] no
    }
settings-language-discord = el idioma de Discord del servidor
settings-auto-close-never = nunca
settings-auto-close =
    tras { $hours } horas sin mensajes { $counts ->
        [opener] de quien lo abrió
       *[anyone] de nadie
    }{ $warned ->
        [true] , con aviso { $warning } horas antes
       *[other] { "" }
    }
panel-list-title = Paneles
panel-list-empty = Aún no hay paneles: publica uno con `/panel send`.
panel-list-message-gone = ⚠️ se borró su mensaje en { $channel }
panel-list-first-type = el primer tipo
panel-list-offers = Ofrece { $types } ({ $style })
type-list-title = Tipos de ticket
type-list-empty = Aún no hay tipos de ticket: crea uno con `/type create`.
type-list-fact =
    { $fact ->
        [staff] Staff: { $value }
        [category] Categoría: { $value }
        [overflow] Desborde: { $value }
        [limit] Límite por miembro: { $value }
        [needs] Requiere: { $value }
        [pings] Menciona: { $value }
        [hours] Horario: { $value }
        [claims] Asumir: { $value }
        [confirm-close] /ticket close pide confirmación: { $value }
        [names] Nombres: `{ $value }`
        [language] Idioma: { $value }
       *[auto-close] Cierre automático: { $value }
    }
type-list-cooldown = Espera: { $minutes } min
type-list-variant = Tiene bienvenida o formulario en { $language }
type-list-server-settings = Usa los ajustes del servidor.
type-list-auto-close-never = Cierre automático: nunca
type-list-auto-close-part =
    { $part ->
        [after] tras { $value } h
        [warning] aviso { $value } h
       *[counts] cuenta: { $value }
    }
blacklist-list =
    { $count ->
        [0] En la lista negra: nadie
       *[other] En la lista negra: { $names }
    }
api-key-made =
    Clave de API **{ $name }** creada. Cópiala ya: no se guarda y no se volverá a mostrar.
    ```
    { $secret }
    ```
    Envíala como `Authorization: Bearer <key>`; `/api-key revoke` la desactiva.
api-key-revoked = La clave **{ $name }** ya no funciona.
api-key-line = **{ $name }** — de { $by }, { $when }
api-key-none = No hay claves de API; `/api-key create` crea una.



## Web and transcripts
web-sign-in = Iniciar sesión con Discord
web-sign-out = Cerrar sesión
web-home-title = Transcripciones de tickets
web-home-anonymous = Abre una transcripción desde su enlace.
web-home-sign-in = Abre una transcripción desde su enlace, o inicia sesión con Discord.
web-home-signed-in =
    { $servers ->
        [0] Sesión iniciada como { $name }. Tus propios tickets:
       *[other] Sesión iniciada como { $name }. Tus propios tickets y los tickets de tus servidores:
    }
api-error-no-key = Envía Authorization: Bearer <key> (una clave de /api-key create).
api-error-bad-key = Esta clave no es válida o se revocó.
api-error-rate-limited = Demasiadas solicitudes; ve más despacio.
api-error-no-ticket = Este servidor no tiene ese ticket.
api-error-limit = limit debe ser un número de 1 a { $most }.
api-error-no-transcript = Este ticket no tiene (todavía) una transcripción guardada.
api-error-channel-id = channel_id debe ser el ID de un canal, como cadena de dígitos.
api-error-panel-fields = title, description y button_label son texto; types, una lista de nombres.
api-error-too-long = { $field } tiene más de { $limit } caracteres.
api-error-types = types lista como máximo { $most } nombres de hasta { $length } caracteres.
api-error-no-channel = channel_id debe indicar un canal de texto de este servidor que el bot vea.
api-error-too-large = Envía como máximo { $most } bytes.
api-error-timeout = Envía el cuerpo en menos de { $seconds } segundos.
api-error-not-object = Envía un objeto JSON.
api-error-internal = Algo falló; ID del error { $id }.
audit-detail-web-links-revoked = Todos los enlaces a la transcripción del ticket { $ticket } creados hasta ahora dejan de funcionar (desde el visor web)
transcript-former-member = un antiguo miembro
transcript-fact =
    { $fact ->
        [server] Servidor
        [type] Tipo
        [opened-by] Abierto por
        [reason] Motivo
        [claimed-by] Asumido por
        [closed-by] Cerrado por
        [close-reason] Motivo del cierre
       *[duration] Duración
    }
transcript-too-large = La transcripción ocupa { $size } MiB incluso comprimida, más que el límite de subida de Discord de { $limit } MiB, así que el ticket sigue abierto. Guarda la conversación de otra forma y luego borra el canal: el ticket se cerrará entonces sin transcripción.
web-error = Vuelve a intentarlo más tarde. ID del error: { $id }
    .title = Algo ha fallado
transcript-unknown =
    { $kind ->
        [user] usuario desconocido
        [role] rol eliminado
       *[channel] canal desconocido
    }
transcript-title = Ticket { $label } — { $server }
transcript-word =
    { $word ->
        [messages] Mensajes
        [participants] Participantes
        [reply-deleted] El mensaje original se eliminó
        [bot] BOT
        [edited] (editado)
       *[image] imagen
    }
transcript-sticker = Sticker: { $name }
transcript-in-reply-to = en respuesta al mensaje { $id }
transcript-kept = guardado
transcript-not-kept = no guardado
transcript-not-kept-cap = no guardado: supera los { $cap } que se guardan por ticket
transcript-not-kept-refused = no guardado: Discord respondió { $status } al descargarlo
transcript-not-kept-failed = no guardado: la descarga falló
transcript-not-kept-larger = no guardado: más grande de lo que indicó Discord
web-not-your-server = Solo el staff del servidor ve sus tickets.
    .title = No es tu servidor
web-link-expired =
    { $sign_in ->
        [true] Este enlace ya no es válido. Inicia sesión con Discord para leer las transcripciones que puedes ver.
       *[other] Este enlace ya no es válido. Pide la transcripción al staff del servidor.
    }
    .title = Enlace caducado
web-no-transcript = Este ticket no tiene (todavía) una transcripción guardada.
    .title = Sin transcripción
web-login-off = El inicio de sesión con Discord no está configurado aquí: quien aloja el bot lo activa con DISCORD_CLIENT_SECRET.
    .title = Inicio de sesión desactivado
web-sign-in-cancelled = Cancelaste el inicio de sesión en Discord, así que no se compartió nada.
    .title = Sesión no iniciada
web-sign-in-not-ours = Ese inicio de sesión no empezó aquí o tardó demasiado. Vuelve a intentarlo.
    .title = Falló el inicio de sesión
web-sign-in-failed = Discord no confirmó el inicio de sesión. Vuelve a intentarlo.
    .title = Falló el inicio de sesión
web-not-signed-out = Esa solicitud no vino de este sitio.
    .title = Sesión no cerrada
web-not-revoked = Esa solicitud no vino de este sitio.
    .title = No revocado
web-revoke-not-yours = Solo el staff del ticket puede revocar sus enlaces.
    .title = No es tuyo
web-not-yours-to-read = Aquí no hay ninguna transcripción que puedas ver.
    .title = No puedes leer esto
web-slow-down = Abriste las páginas de muchos servidores en un minuto. Espera un minuto y vuelve a intentarlo.
    .title = Más despacio
web-tickets-title = Tickets — { $server }
web-tickets-unknown-server = Servidor { $id }
web-tickets-field =
    { $field ->
        [number] Número
        [opener-id] Autor (nombre o ID)
        [type] Tipo
        [status] Estado
        [priority] Prioridad
        [waiting] Esperando a
        [label] Etiqueta
        [sort] Orden
        [from] Desde
       *[to] Hasta
    }
web-tickets-any = cualquiera
# Who an open ticket waits for: staff (the opener wrote last) or the opener.
web-tickets-waiting = { $who ->
        [staff] staff
       *[opener] quien lo abrió
    }
web-tickets-search = Buscar
web-tickets-column =
    { $column ->
        [ticket] Ticket
        [type] Tipo
        [opener] Abierto por
        [status] Estado
        [priority] Prioridad
        [waiting] Esperando a
        [labels] Etiquetas
        [opened] Abierto
        [closed] Cerrado
       *[links] Enlaces
    }
web-tickets-status =
    { $status ->
        [open] abierto
        [closed] cerrado
       *[archived] archivado
    }
web-tickets-revoke = Revocar
    .title = Los enlaces ya enviados dejan de funcionar
web-tickets-none = Ningún ticket coincide.
web-tickets-older = Tickets anteriores →
web-search-not-a-number =
    { $field ->
        [number] Número
        [opener] Quién lo abrió
       *[before] Página
    } debe ser un número.
web-search-not-a-date =
    { $field ->
        [from] Desde
       *[to] Hasta
    } debe ser una fecha como 2026-01-31.
web-search-no-such-type = No existe ese tipo.
web-search-no-such-status = No existe ese estado.
web-search-no-such-priority = No existe esa prioridad.
web-search-no-such-waiting = «Esperando a» es staff u opener.
web-search-no-such-label = No existe esa etiqueta.



## Commands: tickets

cmd-ticket = ticket
    .description = Abre y gestiona tickets de soporte
cmd-ticket-open = abrir
    .description = Abre un ticket de soporte privado
cmd-ticket-open-type = tipo
    .description = Qué tipo de ayuda necesitas
cmd-ticket-open-reason = motivo
    .description = Con qué necesitas ayuda
cmd-ticket-close = cerrar
    .description = Cierra este ticket y guarda su transcripción
cmd-ticket-close-reason = motivo
    .description = Por qué se cierra el ticket
cmd-ticket-add = añadir
    .description = Da acceso a este ticket a un miembro (staff)
cmd-ticket-add-member = miembro
    .description = El miembro que quieres añadir
cmd-ticket-remove = quitar
    .description = Quita a un miembro el acceso a este ticket (staff)
cmd-ticket-remove-member = miembro
    .description = El miembro que quieres quitar
cmd-ticket-close-request = pedir-cierre
    .description = Pregunta a quien abrió el ticket si se puede cerrar (staff)
cmd-ticket-close-request-reason = motivo
    .description = Por qué se puede cerrar
cmd-ticket-close-request-hours = horas
    .description = Se cierra solo tras estas horas si quien lo abrió no lo mantiene abierto
cmd-ticket-reopen = reabrir
    .description = Vuelve a abrir este ticket archivado (staff)
cmd-ticket-rename = renombrar
    .description = Cambia el nombre del canal de este ticket (staff)
cmd-ticket-rename-name = nombre
    .description = El nuevo nombre (Discord permite dos cambios cada diez minutos)
cmd-ticket-move = mover
    .description = Mueve este ticket a otro tipo; su staff y su categoría lo siguen (staff)
cmd-ticket-move-type = tipo
    .description = El tipo al que pasa
cmd-ticket-claim = asumir
    .description = Encárgate de este ticket (staff)
cmd-ticket-unclaim = liberar
    .description = Devuelve este ticket a todo su staff
cmd-ticket-transfer = transferir
    .description = Pasa este ticket a otro miembro del staff
cmd-ticket-transfer-staff = staff
    .description = Quién se encarga
cmd-ticket-auto-close = cierre-auto
    .description = Decide si este ticket se cierra solo cuando no hay actividad (staff)
cmd-ticket-auto-close-enabled = activado
    .description = no: este ticket nunca se cierra por inactividad; sí: vuelve a hacerlo, contando desde ahora
cmd-ticket-auto-close-enabled-choice-on = sí
cmd-ticket-auto-close-enabled-choice-off = no

## Commands: admin and utility
cmd-type = tipo
    .description = Define los tipos de ticket y sus formularios
cmd-type-create = crear
    .description = Crea un tipo de ticket
cmd-type-edit = editar
    .description = Cambia un tipo de ticket (las opciones que no indiques se quedan igual)
cmd-type-edit-type = tipo
    .description = El tipo que quieres cambiar
cmd-type-edit-name = nombre
    .description = Un nombre nuevo
cmd-type-option-name = nombre
    .description = Se muestra en el botón o el menú del panel
cmd-type-option-emoji = emoji
    .description = Un emoji para el botón
cmd-type-option-description = descripción
    .description = Una línea corta bajo la opción del menú
cmd-type-option-staff-role = rol_staff
    .description = Quién atiende estos tickets (por defecto: los roles de staff del servidor)
cmd-type-option-category = categoría
    .description = Adónde van estos tickets (por defecto: la categoría de tickets del servidor)
cmd-type-option-overflow-category = categoría_desborde
    .description = Adónde van estos tickets mientras su categoría está llena
cmd-type-option-max-open = máximo_abiertos
    .description = Cuántos de estos puede tener abiertos un miembro a la vez
cmd-type-option-required-role = rol_requerido
    .description = Solo los miembros con este rol pueden abrirlos
cmd-type-option-ping-role = rol_mención
    .description = Un rol al que se menciona cuando se abre uno
cmd-type-option-cooldown-minutes = espera_minutos
    .description = Cuánto espera un miembro entre dos de estos
cmd-type-option-naming = nombres
    .description = Nombres de canal, con { "{" }number{ "}" }, { "{" }username{ "}" } y { "{" }type{ "}" }
cmd-type-option-welcome = bienvenida
    .description = El texto de bienvenida, con { "{" }user{ "}" }, { "{" }type{ "}" }, { "{" }number{ "}" } y { "{" }server{ "}" }
cmd-type-option-hours = horario
    .description = Cuándo atiende el staff, p. ej. Mon-Fri 09:00-17:00; Sat 10:00-14:00 (always: siempre)
cmd-type-option-timezone = zona_horaria
    .description = La zona horaria del horario, p. ej. Europe/Madrid
cmd-type-option-bypass-role = rol_sin_horario
    .description = Los miembros con este rol pueden abrirlos fuera del horario
cmd-type-option-claim-mode = modo_asumir
    .description = Qué hace asumir un ticket con el acceso del resto del staff (por defecto: el del servidor)
cmd-type-option-claim-mode-choice-shared = compartido
cmd-type-option-claim-mode-choice-claimer-writes = solo quien asume escribe
cmd-type-option-claim-mode-choice-claimer-only = solo quien asume
cmd-type-option-auto-close-hours = horas_cierre_auto
    .description = Cerrar tras tantas horas sin mensajes (0: nunca; por defecto: lo del servidor)
cmd-type-option-auto-close-warning-hours = horas_aviso_cierre
    .description = Avisar a quien lo abrió tantas horas antes de cerrar (por defecto: lo del servidor)
cmd-type-option-idle-counts = cuenta_inactividad
    .description = Qué mensajes lo mantienen abierto: de quien lo abrió o de cualquiera (por defecto: lo del servidor)
cmd-type-option-idle-counts-choice-opener = quien lo abrió
cmd-type-option-idle-counts-choice-anyone = cualquiera
cmd-type-option-confirm-close = confirmar_cierre
    .description = Si /ticket close pregunta antes de cerrar (por defecto: lo del servidor)
cmd-type-option-thread-channel = canal_hilos
    .description = Crea estos tickets como hilos privados en este canal de texto en lugar de canales
cmd-type-option-language = idioma
    .description = Qué idioma leen estos tickets: bienvenida, avisos, transcripción (por defecto: el del servidor)
cmd-type-option-language-choice-server = el del servidor
cmd-type-option-language-choice-en = English
cmd-type-option-language-choice-es = Español
cmd-type-option-language-choice-de = Deutsch
cmd-type-option-language-choice-fr = Français
cmd-type-option-language-choice-pt-BR = Português do Brasil
cmd-type-welcome = bienvenida
    .description = El mensaje de bienvenida de un tipo
cmd-type-welcome-type = tipo
    .description = El tipo
cmd-type-welcome-message = mensaje
    .description = Una línea; déjalo vacío para escribir varias líneas en un formulario
cmd-type-welcome-language = idioma
    .description = Para quien tenga Discord en este idioma (deja vacío el mensaje para quitarlo)
cmd-type-delete = eliminar
    .description = Elimina un tipo de ticket que no tenga tickets abiertos
cmd-type-delete-type = tipo
    .description = El tipo que quieres eliminar
cmd-type-list = ver
    .description = Muestra los tipos de ticket
cmd-type-question-add = añadir-pregunta
    .description = Añade una pregunta al formulario de un tipo (como máximo 5)
cmd-type-question-add-type = tipo
    .description = El tipo al que pertenece el formulario
cmd-type-question-add-question = pregunta
    .description = La pregunta, hasta 45 caracteres
cmd-type-question-add-style = estilo
    .description = Una línea de texto, un párrafo o una opción de una lista
cmd-type-question-add-style-choice-short = línea corta
cmd-type-question-add-style-choice-paragraph = párrafo
cmd-type-question-add-style-choice-choice = menú de opciones
cmd-type-question-add-style-choice-radio = opción única
cmd-type-question-add-style-choice-checkboxes = casillas
cmd-type-question-add-style-choice-member = miembro
cmd-type-question-add-style-choice-role = rol
cmd-type-question-add-style-choice-channel = canal
cmd-type-question-add-style-choice-file = archivo
cmd-type-question-add-choices = opciones
    .description = Para una opción: las opciones, separadas por comas
cmd-type-question-add-required = obligatoria
    .description = Si hace falta responder (por defecto: sí)
cmd-type-question-add-placeholder = texto_ayuda
    .description = Texto gris de ayuda en el campo vacío
cmd-type-question-add-min-length = longitud_mínima
    .description = Para texto: la respuesta más corta aceptada
cmd-type-question-add-max-length = longitud_máxima
    .description = Para texto: la respuesta más larga aceptada (por defecto 1000)
cmd-type-question-add-language = idioma
    .description = Añádela al formulario que rellena quien tenga Discord en este idioma
cmd-type-question-remove = quitar-pregunta
    .description = Quita una pregunta del formulario de un tipo
cmd-type-question-remove-type = tipo
    .description = El tipo al que pertenece el formulario
cmd-type-question-remove-number = número
    .description = El número de la pregunta, desde 1
cmd-type-question-remove-language = idioma
    .description = Quítala del formulario que rellena quien tenga Discord en este idioma
cmd-panel = panel
    .description = Publica y gestiona paneles de tickets
cmd-panel-send = enviar
    .description = Publica un panel que abre tickets
cmd-panel-send-channel = canal
    .description = Dónde publicarlo (por defecto: aquí)
cmd-panel-send-title = título
    .description = El título del panel (por defecto: ¿Necesitas ayuda?)
cmd-panel-send-description = descripción
    .description = El texto del panel
cmd-panel-send-button-label = texto_botón
    .description = El texto del botón (con un tipo, por defecto Crear ticket), o el del menú
cmd-panel-send-types = tipos
    .description = Tipos de ticket que ofrecer, separados por comas (por defecto: el primero)
cmd-panel-send-style = estilo
    .description = Ofrecer los tipos como botones o como menú de selección
cmd-panel-send-style-choice-buttons = botones
cmd-panel-send-style-choice-select = menú de selección
cmd-panel-edit = editar
    .description = Cambia un panel; su mensaje se edita donde está
cmd-panel-edit-panel = panel
    .description = El panel (mira /panel list)
cmd-panel-edit-title = título
    .description = Un título nuevo
cmd-panel-edit-description = descripción
    .description = Un texto nuevo
cmd-panel-edit-button-label = texto_botón
    .description = Un texto nuevo para el botón o el menú
cmd-panel-edit-types = tipos
    .description = Los tipos de ticket que ofrecer, separados por comas
cmd-panel-edit-style = estilo
    .description = Botones o un menú de selección
cmd-panel-delete = eliminar
    .description = Elimina un panel y su mensaje
cmd-panel-delete-panel = panel
    .description = El panel (mira /panel list)
cmd-panel-list = ver
    .description = Muestra los paneles, y los que perdieron su mensaje
cmd-help = ayuda
    .description = Muestra los comandos que puedes usar
cmd-status = estado
    .description = Muestra la salud del bot
cmd-setup = configurar
    .description = Configura los tickets: roles de staff, categoría, canal de registro
cmd-setup-staff-role = rol_staff
    .description = El rol que atiende los tickets
cmd-setup-category = categoría
    .description = La categoría donde van los nuevos canales de ticket
cmd-setup-log-channel = canal_registro
    .description = Donde se publican las transcripciones y el registro de auditoría (solo staff)
cmd-setup-close-action = al_cerrar
    .description = Eliminar los canales de los tickets cerrados, o archivarlos en solo lectura
cmd-setup-close-action-choice-delete = eliminar
cmd-setup-close-action-choice-archive = archivar
cmd-setup-archive-category = categoría_archivo
    .description = Adónde van los tickets archivados (necesaria para archivar)
cmd-setup-overflow-category = categoría_desborde
    .description = Adónde van los tickets nuevos mientras la categoría está llena (50 canales)
cmd-setup-staff-role-2 = rol_staff_2
    .description = Otro rol de staff
cmd-setup-staff-role-3 = rol_staff_3
    .description = Otro rol de staff
cmd-config = ajustes
    .description = Muestra o cambia los ajustes de tickets
cmd-config-show = ver
    .description = Muestra los ajustes de tickets de este servidor
cmd-config-max-tickets = máximo-tickets
    .description = Cuántos tickets puede tener abiertos un miembro a la vez
cmd-config-max-tickets-limit = límite
    .description = De 1 a 25
cmd-config-naming = nombres
    .description = Cómo se nombran los canales de ticket
cmd-config-naming-template = plantilla
    .description = Usa { "{" }number{ "}" } y/o { "{" }username{ "}" }, p. ej. ticket-{ "{" }number:04d{ "}" }
cmd-config-welcome = bienvenida
    .description = El mensaje que aparece en cada ticket nuevo
cmd-config-welcome-message = mensaje
    .description = Una línea, hasta 1500 caracteres; déjalo vacío para escribir varias líneas en un formulario
cmd-config-language = idioma
    .description = El idioma de lo que lee todo el servidor: bienvenidas, avisos, paneles, registros, transcripciones
cmd-config-language-language = idioma
    .description = Un idioma, o el idioma de Discord del propio servidor
cmd-config-language-language-choice-en = English
cmd-config-language-language-choice-es = Español
cmd-config-language-language-choice-de = Deutsch
cmd-config-language-language-choice-fr = Français
cmd-config-language-language-choice-pt-BR = Português do Brasil
cmd-config-language-language-choice-server = El idioma de Discord del servidor
cmd-config-claim-mode = modo-asumir
    .description = Qué le pasa al acceso del resto del staff cuando alguien asume un ticket
cmd-config-claim-mode-mode = modo
    .description = shared: todos mantienen acceso; claimer-writes: el resto solo lee; claimer-only: el resto lo pierde
cmd-config-claim-mode-mode-choice-shared = compartido
cmd-config-claim-mode-mode-choice-claimer-writes = solo quien asume escribe
cmd-config-claim-mode-mode-choice-claimer-only = solo quien asume
cmd-config-auto-close = cierre-auto
    .description = Cierra los tickets que se quedan en silencio, tras un aviso
cmd-config-auto-close-hours = horas
    .description = Cerrar tras tantas horas sin mensajes (0: nunca)
cmd-config-auto-close-warning-hours = horas_aviso
    .description = Avisar a quien lo abrió tantas horas antes (0: sin aviso)
cmd-config-auto-close-counts = cuenta
    .description = Qué mensajes mantienen el ticket abierto: los de quien lo abrió (por defecto) o los de cualquiera
cmd-config-auto-close-counts-choice-opener = quien lo abrió
cmd-config-auto-close-counts-choice-anyone = cualquiera
cmd-config-close-confirmation = confirmar-cierre
    .description = Si /ticket close pregunta antes de cerrar
cmd-config-close-confirmation-enabled = activado
    .description = Pedir confirmación (el botón Cerrar siempre la pide)
cmd-config-opener-leaves = si-se-va
    .description = Qué pasa con un ticket cuando quien lo abrió se va del servidor
cmd-config-opener-leaves-action = acción
    .description = mantener: sigue abierto y se avisa al staff; cerrar: se cierra y se guarda la transcripción
cmd-config-opener-leaves-action-choice-keep = mantener
cmd-config-opener-leaves-action-choice-close = cerrar
cmd-blacklist = lista-negra
    .description = Impide que miembros o roles abran tickets
cmd-blacklist-add = añadir
    .description = Impide que un miembro, o cualquiera con un rol, abra tickets
cmd-blacklist-add-target = objetivo
    .description = El miembro o el rol
cmd-blacklist-remove = quitar
    .description = Permite de nuevo abrir tickets a un miembro o rol de la lista negra
cmd-blacklist-remove-target = objetivo
    .description = El miembro o el rol
cmd-blacklist-list = ver
    .description = Muestra quién no puede abrir tickets
cmd-api-key = clave-api
    .description = Claves para acceder a los tickets de este servidor por HTTP
cmd-api-key-create = crear
    .description = Crea una clave para los tickets de este servidor por HTTP (se muestra una vez)
cmd-api-key-create-name = nombre
    .description = Para qué es la clave, p. ej. dashboard
cmd-api-key-list = ver
    .description = Muestra las claves de API en uso de este servidor
cmd-api-key-revoke = revocar
    .description = Hace que una clave de API deje de funcionar
cmd-api-key-revoke-name = nombre
    .description = El nombre de la clave
cmd-doctor = diagnóstico
    .description = Comprueba todo lo que impide que los tickets funcionen aquí



## Herramientas del staff: respuestas guardadas (tags) y notas
error-tag-name-taken = Ya hay una respuesta guardada llamada **{ $name }**. Elige otro nombre o cambia esa con /tag edit.
tag-too-many = Este servidor tiene { $most } respuestas guardadas, el máximo. Borra una con /tag delete primero.
tag-unknown = No hay ninguna respuesta guardada llamada **{ $name }**. /tag list las muestra todas.
tag-not-for-type = La respuesta guardada **{ $name }** no es para el tipo de este ticket.
tag-name-problem = { $problem }
tag-content-length = Una respuesta guardada tiene de 1 a { $most } caracteres.
tag-unknown-placeholder = Las respuestas guardadas no conocen { $placeholder }. Pueden usar {"{"}opener{"}"}, {"{"}number{"}"}, {"{"}type{"}"}, {"{"}claimer{"}"} y {"{"}server{"}"}.
tag-sent-footer = -# Respuesta guardada: { $name }
tag-types = para { $names }
tag-created = Respuesta guardada **{ $name }** creada. Envíala en un ticket con /tag send.
tag-changed = Respuesta guardada **{ $name }** cambiada.
tag-deleted = Respuesta guardada **{ $name }** borrada.
tag-list-title = { $count ->
        [one] 1 respuesta guardada
       *[other] { $count } respuestas guardadas
    }
tag-list-empty = Aún no hay respuestas guardadas. Crea una con /tag create.
tag-line = **{ $name }** · { $uses ->
        [one] enviada una vez
       *[other] enviada { $uses } veces
    }
tag-deflection = resolvió { $solved } de { $offered } antes de un ticket ({ $percent } %)
tag-modal-title-new = Nueva respuesta guardada
tag-modal-title-edit = Cambiar respuesta guardada
tag-modal-name = Nombre
tag-modal-content = Texto
tag-modal-placeholders = Se rellenan al enviar: {"{"}opener{"}"} {"{"}number{"}"} {"{"}type{"}"} {"{"}claimer{"}"} {"{"}server{"}"}
tag-modal-types = Tipos de ticket (opcional)
tag-modal-types-hint = Nombres de tipos separados por comas; vacío para todos.
audit-tag-created = Respuesta guardada creada
audit-tag-changed = Respuesta guardada cambiada
audit-tag-deleted = Respuesta guardada borrada
audit-detail-tag = Respuesta guardada **{ $name }**
note-length = Una nota tiene de 1 a { $most } caracteres.
note-added = Nota guardada. Solo el staff puede leerla, con /ticket notes.
note-modal-title = Nota del staff
note-modal-label = Nota (solo la verá el staff)
note-list-title = Notas del staff en { $label }
note-list-empty = Aún no hay notas en este ticket. Añade una con /ticket note.
note-line = { $by }, { $when }:
cmd-tag = respuesta
    .description = Respuestas guardadas para el staff
cmd-tag-send = enviar
    .description = Envía una respuesta guardada a este ticket
cmd-tag-send-name = nombre
    .description = La respuesta guardada que se envía
cmd-tag-create = crear
    .description = Guarda una respuesta que el staff puede enviar a los tickets
cmd-tag-create-name = nombre
    .description = Lo que escribe el staff para encontrarla, p. ej. reembolso
cmd-tag-create-content = texto
    .description = La respuesta; déjala vacía para escribir una larga en un formulario
cmd-tag-create-types = tipos
    .description = Solo para estos tipos de ticket, separados por comas
cmd-tag-edit = editar
    .description = Cambia una respuesta guardada
cmd-tag-edit-name = nombre
    .description = La respuesta guardada que se cambia
cmd-tag-delete = borrar
    .description = Borra una respuesta guardada
cmd-tag-delete-name = nombre
    .description = La respuesta guardada que se borra
cmd-tag-list = lista
    .description = Muestra las respuestas guardadas de este servidor
cmd-tag-show = ver
    .description = Muestra una respuesta guardada tal como está escrita, solo a ti
cmd-tag-show-name = nombre
    .description = La respuesta guardada que se muestra
cmd-ticket-note = nota
    .description = Guarda una nota en este ticket que solo el staff puede leer
cmd-ticket-note-text = texto
    .description = La nota; déjala vacía para escribir una larga en un formulario
cmd-ticket-notes = notas
    .description = Muestra las notas del staff de este ticket, solo a ti
priority-name = { $priority ->
        [low] 🟢 Baja
        [high] 🟠 Alta
        [urgent] 🔴 Urgente
       *[normal] Normal
    }
welcome-priority = Prioridad
priority-already = La prioridad de este ticket ya es { priority-name }.
priority-raced = Alguien cambió la prioridad de este ticket en el mismo momento; ahora es { priority-name }.
place-action-priority = mostrar la prioridad de este ticket
notice-priority = { $actor } puso la prioridad de este ticket en { priority-name }.
reply-priority = El ticket { $label } tiene ahora prioridad { priority-name }.
audit-priority-changed = Prioridad cambiada
cmd-ticket-priority = prioridad
    .description = Indica lo urgente que es este ticket
cmd-ticket-priority-level = nivel
    .description = Lo urgente que es
cmd-ticket-priority-level-choice-low = baja
cmd-ticket-priority-level-choice-normal = normal
cmd-ticket-priority-level-choice-high = alta
cmd-ticket-priority-level-choice-urgent = urgente
# The section of staff notes that only staff's copies of a transcript carry.
transcript-staff-notes = Notas del staff (solo el staff ve esta sección)
transcript-staff-notes-of = Notas del staff sobre el ticket { $label }
open-for-bot = { $member } es un bot; los tickets son para personas.
open-for-refused = No se abrió ningún ticket para { $member }: { $why }
notice-opened-for = { $actor } abrió este ticket para { $opener }.
audit-ticket-opened-for = Ticket abierto para un miembro
reply-opened-for = El ticket { $label } está abierto para { $member }: { $place }
cmd-ticket-open-for = abrir-para
    .description = Abre un ticket para un miembro, como si lo hubiera pedido
cmd-ticket-open-for-member = miembro
    .description = Para quién es el ticket
cmd-ticket-open-for-type = tipo
    .description = El tipo de ticket (por defecto: el primero)
cmd-ticket-open-for-reason = motivo
    .description = De qué se trata
error-label-name-taken = Ya hay una etiqueta llamada **{ $name }**.
label-name-problem = { $problem }
label-too-many = Este servidor tiene { $most } etiquetas, el máximo. Borra una con /label delete primero.
label-unknown = No hay ninguna etiqueta llamada **{ $name }**. /label list las muestra.
label-already-on = Este ticket ya tiene la etiqueta **{ $name }**.
label-not-on = Este ticket no tiene la etiqueta **{ $name }**.
label-created = Etiqueta **{ $name }** creada. El staff la pone en los tickets con /ticket label add.
label-deleted = Etiqueta **{ $name }** borrada y quitada de todos los tickets.
label-list = { $count ->
        [one] 1 etiqueta
       *[other] { $count } etiquetas
    }: { $labels }
label-list-empty = Aún no hay etiquetas. Crea una con /label create.
label-put-on = El ticket { $label } tiene ahora la etiqueta **{ $name }**.
label-taken-off = El ticket { $label } ya no tiene la etiqueta **{ $name }**.
audit-label-created = Etiqueta creada
audit-label-deleted = Etiqueta borrada
audit-label-added = Etiqueta puesta en un ticket
audit-label-removed = Etiqueta quitada de un ticket
audit-detail-label = Etiqueta **{ $name }**
cmd-label = etiqueta
    .description = Etiquetas para ordenar los tickets de este servidor
cmd-label-create = crear
    .description = Crea una etiqueta que el staff puede poner en los tickets
cmd-label-create-name = nombre
    .description = La etiqueta, p. ej. error
cmd-label-delete = borrar
    .description = Borra una etiqueta (se quita de todos los tickets)
cmd-label-delete-name = nombre
    .description = La etiqueta que se borra
cmd-label-list = lista
    .description = Muestra las etiquetas de este servidor
cmd-ticket-label = etiqueta
    .description = Las etiquetas de este ticket
cmd-ticket-label-add = poner
    .description = Pone una etiqueta en este ticket
cmd-ticket-label-add-name = nombre
    .description = La etiqueta que se pone
cmd-ticket-label-remove = quitar
    .description = Quita una etiqueta de este ticket
cmd-ticket-label-remove-name = nombre
    .description = La etiqueta que se quita
menu-open-ticket-about = Abrir ticket sobre esto
notice-opened-about = { $actor } abrió este ticket para { $opener } sobre { $link }:
    { $quote }
cmd-type-option-rating = valoración
    .description = Si se pide a quien abrió el ticket que lo valore al cerrarse (de 1 a 5 estrellas)
rating-prompt = ¿Qué tal lo hicimos con el ticket { $label }? Valora la ayuda que recibiste:
rating-thanks = ¡Gracias! Valoraste el ticket { $label } con { $stars }.
rating-stars = Una valoración va de 1 a { $most } estrellas.
rating-already = El ticket { $label } ya está valorado; una valoración cuenta una vez.
rating-comment-already = El ticket { $label } ya tiene un comentario.
rating-not-yours = Solo quien abrió el ticket puede valorarlo.
rating-not-closed = El ticket { $label } no está cerrado; se puede valorar cuando lo esté.
rating-expired = El ticket { $label } se cerró hace más de una semana y ya no se puede valorar.
rating-modal-title = Tu comentario
rating-modal-label = ¿Qué salió bien, o qué se podría mejorar?
button-rate-comment = Añadir un comentario
audit-ticket-rated = Ticket valorado
audit-rating-commented = Valoración comentada
audit-detail-rated = Valorado { $stars } ({ $rating } de 5)
audit-detail-rating-comment = Comentario de la valoración:
    { $comment }
cmd-type-option-alert-channel = canal_alertas
    .description = Un canal del staff que recibe un aviso en vivo por cada ticket nuevo, con Asumir
alert-line = { $state ->
        [claimed] 🙋 **{ $label }** · { $type } · { $opener } · asumido por { $claimer }
        [closed] 🔒 ~~**{ $label }** · { $type } · { $opener }~~ · cerrado
       *[new] 🎫 **{ $label }** · { $type } · { $opener }
    }
deflect-subject = ¿Qué necesitas?
deflect-title = Estas respuestas quizá ya te ayuden
deflect-solved = { $name } lo resolvió
deflect-anyway = Abrir el ticket de todos modos
deflect-your-request = Tu solicitud
deflect-glad = ¡Nos alegra que sirviera! No se abrió ningún ticket.
cmd-type-answers-first = respuestas-primero
    .description = Ofrece las respuestas guardadas que encajan antes de abrir un ticket de este tipo
cmd-type-answers-first-type = tipo
    .description = El tipo de ticket
cmd-type-answers-first-enabled = activado
    .description = Sí o no
transcript-used-command = { $user } usó un comando
transcript-rating = Valoración de quien lo abrió: { $stars }{ $with_comment ->
        [true] {" "}— “{ $comment }”
       *[false] {""}
    }
notice-opened-about-self = { $opener } abrió este ticket sobre { $link }:
    { $quote }
cmd-config-rating = valoración
    .description = Si quien abrió un ticket lo valora al cerrarse, en los tipos que no lo indican (1 a 5 estrellas)
cmd-config-rating-enabled = activado
    .description = Sí o no
cmd-config-members-open-about = miembros-sobre-mensajes
    .description = Si los miembros, no solo el staff, pueden abrir un ticket sobre un mensaje desde su menú Apps
cmd-config-members-open-about-enabled = activado
    .description = Sí o no
discord-reason-priority = Ticket { $label }: prioridad en su nombre
priority-name-later = El nombre la mostrará después de { $again }: Discord permite dos cambios de nombre cada diez minutos.
reply-priority-unnamed = { $said } { $why }
cmd-config-priority-prefix = prioridad-en-nombre
    .description = Si la prioridad de un ticket se muestra como emoji antes del nombre de su canal o hilo
cmd-config-priority-prefix-enabled = activado
    .description = Sí o no
web-tickets-sort = { $by ->
        [priority] Más urgentes primero
       *[newest] Más recientes primero
    }
# /stats: a server's figures for a period, for its staff alone.
cmd-stats = estadísticas
    .description = Rapidez de respuesta y cierre de los tickets, valoraciones, objetivos incumplidos y pendientes
cmd-stats-days = días
    .description = El periodo: los últimos 7, 30, 90 o 365 días
cmd-stats-days-choice-7 = últimos 7 días
cmd-stats-days-choice-30 = últimos 30 días
cmd-stats-days-choice-90 = últimos 90 días
cmd-stats-days-choice-365 = últimos 365 días
cmd-stats-type = tipo
    .description = Solo tickets de este tipo
cmd-stats-staff = staff
    .description = Solo tickets que este miembro del staff respondió primero, asumió o cerró
stats-title = Estadísticas de tickets: los últimos { $days } días
# Under the title when /stats was narrowed to one type. $name: the type's name.
stats-only-type = Tipo: { $name }
stats-note = Los tiempos solo cuentan el horario de atención de cada tipo; el tiempo real va entre paréntesis. Las cifras pueden tener un minuto de retraso.
stats-field = { $field ->
        [tickets] Tickets
        [first-response] Primera respuesta
        [resolution] Resolución
        [quality] Calidad
        [targets] Objetivos incumplidos
        [backlog] Abiertos ahora
       *[staff] Staff
    }
stats-tickets = { $opened } abiertos · { $closed } cerrados · { $claimed } asumidos
# Business time, then wall-clock time. $median, $p90: durations such as 1d 2h 3m; $count: how many tickets.
stats-times = mediana { $median }, 90 % en menos de { $p90 }
    ({ $wall_median }, { $wall_p90 } en tiempo real; { $count } tickets)
stats-none = aún ninguno
# $reopened: a percentage or —; $messages: a number or —; $rating: an average such as 4.5, or —.
stats-quality = Reabiertos: { $reopened } % · Mensajes por ticket: { $messages } · Valoración: { $rating } ★ ({ $ratings ->
        [one] 1 valoración
       *[other] { $ratings } valoraciones
    }) · Resueltos con respuestas guardadas antes de abrir un ticket: { $deflected } (en total)
stats-targets = { $response } primeras respuestas · { $resolution } resoluciones
stats-backlog = { $total } abiertos: { $day } de menos de un día · { $days } de 1–3 días · { $week } de 3–7 días · { $older } más antiguos
    Esperando al staff: { $staff } · a quien lo abrió: { $opener }
# One staff member's line. $member: a mention; $median: their median first response (or —).
stats-staff-line = { $member }: { $answers } primeras respuestas ({ $median }) · { $claimed } asumidos · { $closed } cerrados
# Response targets.
cmd-type-targets = objetivos
    .description = Objetivos en el horario del tipo: primera respuesta del staff y cierre (0: ninguno)
cmd-type-targets-type = tipo
    .description = El tipo de ticket
cmd-type-targets-first-response = primera-respuesta
    .description = Minutos en horario de atención hasta la primera respuesta del staff (0: sin objetivo)
cmd-type-targets-resolution = resolución
    .description = Horas en horario de atención hasta el cierre (0: sin objetivo)
cmd-config-target-warning = aviso-objetivo
    .description = Cuánto de un objetivo de respuesta consume un ticket antes de avisar al staff
cmd-config-target-warning-percent = porcentaje
    .description = Un porcentaje, de 50 a 95
# $response, $resolution: durations such as 2h, or "none".
type-list-targets = Objetivos (horario de atención): primera respuesta en { $response }, cierre en { $resolution }
settings-target-warning = al { $percent } % de un objetivo
# Posted for staff in the type's alert channel (else the log channel). $ticket: a channel mention; $label: #0042;
# $type: the type's name; $target, $elapsed: durations of opening hours such as 1h 30m.
target-alert = { $kind ->
        [response_warned_at] ⏳ { $ticket } ({ $label }, { $type }) lleva { $elapsed } en horario de atención esperando una primera respuesta; el objetivo es { $target }.
        [response_breached_at] 🚨 { $ticket } ({ $label }, { $type }) no cumplió su objetivo de primera respuesta de { $target }.
        [resolution_warned_at] ⏳ { $ticket } ({ $label }, { $type }) lleva { $elapsed } abierto en horario de atención; el objetivo para cerrarlo es { $target }.
       *[resolution_breached_at] 🚨 { $ticket } ({ $label }, { $type }) no cumplió su objetivo de resolución de { $target }.
    }
# The HTTP API's answers to a wrong statistics query. $choices: "7, 30, 90, 365".
api-error-days = days debe ser uno de estos valores: { $choices }.
api-error-stats-type = type debe ser el ID de uno de los tipos de ticket de este servidor.
api-error-stats-staff = staff debe ser el ID de un miembro, como cadena de dígitos.
# The viewer's statistics page. $server: the server's name.
web-stats-title = Estadísticas — { $server }
web-stats-link = Estadísticas
web-stats-tickets-link = Tickets
web-stats-csv = Descargar como CSV
web-stats-period = Periodo
web-stats-show = Mostrar
web-stats-chart = { $chart ->
        [tickets] Tickets por semana
       *[response] Mediana de la primera respuesta por semana, en horas del horario de atención
    }
# The series of the weekly charts.
web-stats-series = { $series ->
        [opened] abiertos
        [closed] cerrados
       *[response] primera respuesta
    }
web-stats-by = { $group ->
        [type] Por tipo
       *[staff] Por miembro del staff
    }
web-stats-column = { $column ->
        [type] Tipo
        [opened] Abiertos
        [closed] Cerrados
        [first-response] Mediana de primera respuesta
        [resolution] Mediana de resolución
        [missed] Objetivos incumplidos
        [staff] Miembro del staff
        [answers] Primeras respuestas
        [claimed] Asumidos
       *[rating] Valoración
    }
# The viewer's "My tickets" page: a member's own tickets on the servers they share with the bot.
web-mine-title = Mis tickets
web-mine-none = No tienes tickets en los servidores que compartes con este bot.
web-mine-column =
    { $column ->
        [server] Servidor
        [ticket] Ticket
        [type] Tipo
        [status] Estado
        [opened] Abierto
        [closed] Cerrado
       *[reopen] {""}
    }
# The link to the site's home page, at the top of every page.
web-nav-home = Inicio
web-not-found = No hay nada en esta dirección.
    .title = Página no encontrada
# On "My tickets", for an archived ticket; and what the member, then staff, are told.
web-mine-reopen = Pedir al staff que lo reabra
web-reopen-asked = Se pidió al staff que reabra { $label }. Verán tu solicitud en su canal.
    .title = Solicitud enviada
web-reopen-not-asked = La solicitud no se envió: inicia sesión de nuevo y vuelve a intentarlo desde Mis tickets.
    .title = No enviada
# Posted for staff, with the ticket's Reopen button. $member: a mention; $label: #0042; $type: the type's name.
reopen-asked = 🔁 { $member } pide reabrir { $label } ({ $type }).
reopen-ask-not-archived = Solo se puede reabrir un ticket archivado, y { $label } no lo está.
reopen-ask-too-soon = Ya se pidió hoy al staff que reabra { $label }.
reopen-ask-nowhere = Este servidor no tiene un canal donde el staff vería la solicitud; pídeselo en Discord.
reopen-ask-refused = Discord no publicó la solicitud; inténtalo más tarde.
web-unavailable = La base de datos no está disponible ahora mismo. Inténtalo de nuevo en un momento.
    .title = No disponible

## The dashboard (web.dashboard): where people who manage a server set the bot up from a browser.

# A dashboard change in the audit log: the command's own words, then where it was made. $details: those words.
audit-detail-via-dashboard = { $details } (desde el panel de control)
web-dash-not-yours = Solo quienes administran este servidor (Gestionar servidor) pueden abrir su panel de control, y el bot debe estar en el servidor.
    .title = No es tu panel de control
web-dash-forged = Este cambio no vino de una página de este sitio, así que no se hizo. Recarga la página e inténtalo de nuevo.
    .title = Cambio rechazado
# The dashboard's own navigation (its aria-label).
web-dash-sections = Servidor
# A section of a server's pages. $section: tickets, stats, settings, types, panels, tags, labels, blacklist or keys.
web-dash-section =
    { $section ->
        [tickets] Tickets
        [stats] Estadísticas
        [settings] Ajustes
        [types] Tipos de ticket
        [panels] Paneles
        [tags] Respuestas guardadas
        [labels] Etiquetas
        [blacklist] Lista negra
       *[keys] Claves de API
    }
# What was just saved. $what: setup, settings, created, changed, deleted or posted.
web-dash-saved =
    { $what ->
        [setup] Configuración guardada.
        [settings] Ajustes guardados.
        [created] Tipo de ticket creado.
        [deleted] Eliminado.
        [posted] Panel publicado.
       *[changed] Cambios guardados.
    }
# A group of settings on a form. $group: its name.
web-dash-group =
    { $group ->
        [setup] Equipo, categoría y registro
        [opening] Abrir tickets
        [handling] Atender tickets
        [closing] Cerrar tickets
        [basics] Nombre e idioma
        [who] Quién abre, quién responde
        [where] Adónde van los tickets
        [when] Horario y objetivos
        [welcome] Mensaje de bienvenida
       *[panel] Panel
    }
# A setting's name on a form. $field: the setting.
web-dash-field =
    { $field ->
        [max_open_tickets] Tickets abiertos por miembro
        [channel_name_template] Plantilla del nombre del canal
        [members_open_about] Los miembros pueden abrir un ticket sobre un mensaje
        [welcome_message] Mensaje de bienvenida
        [language] Idioma
        [claim_mode] Modo de asignación
        [priority_prefix] Emoji de prioridad antes del nombre
        [target_warning_percent] Avisar al equipo a esta parte de un objetivo (%)
        [auto_close_hours] Cierre automático tras (horas)
        [auto_close_warning_hours] Avisar antes del cierre (horas)
        [idle_counts] Inactivo significa sin mensajes de
        [confirm_close] Confirmar /ticket close
        [ask_rating] Pedir una valoración a los autores
        [on_opener_leave] Cuando el autor se va
        [staff_role_ids] Roles del equipo
        [ticket_category_id] Categoría de tickets
        [log_channel_id] Canal de registro
        [close_action] Los tickets cerrados se
        [archive_category_id] Categoría de archivo
        [overflow_category_id] Categoría de desbordamiento
        [name] Nombre
        [emoji] Emoji
        [description] Descripción
        [required_role_ids] Roles necesarios para abrir
        [bypass_role_ids] Roles que abren fuera de horario
        [ping_role_ids] Roles mencionados al abrir
        [max_open] Tickets abiertos por miembro
        [cooldown_seconds] Espera entre tickets (minutos)
        [category_id] Categoría
        [thread_channel_id] Hilos privados en el canal
        [alert_channel_id] Canal de avisos del equipo
        [hours] Horario de atención
        [timezone] Zona horaria
        [response_target_minutes] Objetivo de primera respuesta (minutos)
        [resolution_target_minutes] Objetivo de resolución (horas)
        [deflect] Ofrecer primero respuestas guardadas
        [channel_id] Canal
        [title] Título
        [button_label] Texto del botón
        [style] Estilo
        [label] Pregunta
        [required] Obligatoria
        [placeholder] Texto de ejemplo
        [min_length] Respuesta más corta
        [max_length] Respuesta más larga
        [choices] Opciones (separadas por comas)
       *[blocked_role] Rol
    }
# An empty optional choice: the server's setting (or the default) stands.
web-dash-default = Predeterminado
web-dash-required = { $field }: hay que rellenarlo.
web-dash-length = { $field }: como máximo { $most } caracteres.
web-dash-range = { $field }: escribe un número del { $least } al { $most }.
web-dash-choice = { $field }: elige una de las opciones ofrecidas.
web-dash-channel-gone = { $field }: ese canal ya no existe o no es del tipo adecuado; elige otro.
web-dash-member-unknown = Ningún miembro de este servidor tiene ese ID.
web-dash-set-up-first = Guarda primero la configuración de arriba; los demás ajustes vienen después.
web-dash-save = Guardar
web-dash-post = Publicar
web-dash-preview = Vista previa
web-dash-new-type = Nuevo tipo de ticket
web-dash-types-none = Aún no hay tipos de ticket.
# A column of a dashboard list. $column: its name.
web-dash-column =
    { $column ->
        [name] Nombre
        [questions] Preguntas
        [staff] Roles del equipo
        [description] Descripción
        [panel] Panel
        [channel] Canal
        [offers] Tipos de ticket ofrecidos
        [state] Mensaje
        [types] Para tipos de ticket
        [text] Texto
       *[made-by] Creada por
    }
web-dash-form = Formulario
web-dash-form-help = Los miembros responden estas preguntas al abrir un ticket (hasta cinco). Rellena una fila vacía para añadir una, cambia los números para reordenarlas y marca Quitar para eliminar una.
web-dash-form-none = Sin preguntas: el ticket se abre enseguida.
# A row of the form editor. $number: its place.
web-dash-question = Pregunta { $number }
web-dash-position = Posición
web-dash-remove = Quitar
# The buttons of Discord's form window, in the preview. $button: cancel or submit.
web-dash-modal =
    { $button ->
        [cancel] Cancelar
       *[submit] Enviar
    }
web-dash-delete-type = Eliminar este tipo de ticket
# Before the links to a type's welcome and form in each language.
web-dash-variants = Bienvenida y formulario para autores que leen:
# The link back to a type's own settings, from one language's welcome and form.
web-dash-variant-own = los del propio tipo
web-dash-variant-help = Los autores cuyo Discord está en este idioma reciben esta bienvenida y este formulario; si se dejan vacíos, reciben los del tipo.
web-dash-new-panel = Nuevo panel
web-dash-panels-none = Aún no hay paneles.
web-dash-panel-gone = Mensaje borrado: vuelve a publicarlo o elimínalo
web-dash-panel-posted = Publicado
web-dash-panel-types = Los tipos que ofrece este panel; ninguno: el primer tipo del servidor, tras un solo botón.
# The tag Discord shows beside a bot's name.
web-dash-app = APP
web-dash-delete-panel = Eliminar este panel
web-dash-blacklist-none = No hay nadie en la lista negra.
web-dash-block = Añadir a la lista negra
web-dash-block-member = O un miembro, por ID
web-dash-unblock = Quitar
web-dash-keys-none = No hay claves de API.
web-dash-key-create = Crear una clave
web-dash-key-revoke = Revocar
web-dash-key-once = Esta es la clave nueva. Cópiala ahora: solo se muestra esta vez.
web-dash-delete = Eliminar
web-dash-tag-new = Nueva respuesta guardada
web-dash-tag-types = Ninguno elegido: para todos los tipos de ticket.
# How often staff sent a saved reply. $uses: the count.
web-dash-tag-uses =
    { $uses ->
        [one] Enviada una vez
       *[other] Enviada { $uses } veces
    }
web-dash-labels-none = Aún no hay etiquetas.
web-dash-label-new = Crear una etiqueta
# The link from a server's ticket list to its dashboard.
web-dash-link = Ajustes
# No member of the server has a name that starts with what was typed as the opener. $name: what was typed.
web-search-no-such-opener = Ningún miembro tiene un nombre que empiece por «{ $name }».
# Before the members whose names start with what was typed, each a link to their tickets.
web-search-openers = ¿Qué autor?
