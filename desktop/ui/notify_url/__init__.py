"""The notification URL on screen: the status bar's warning when the URL registered in
PagoEfectivo's portal is not the receiver's, the notice in Ajustes → Perfiles, and the change
procedure they both open."""
