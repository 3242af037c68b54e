"""The dashboard: where people who manage a server set the bot up from a browser, beside the viewer.

``/g/<server>/settings``, ``/types``, ``/panels``, ``/blacklist`` and ``/keys``, behind Discord login and
Manage Server (:mod:`web.dashboard.admins`). Pages are drawn on the server and every save works without
JavaScript; the one small script only redraws previews as the admin types.
"""
