"""Pure business rules of PagoDesk: money, time, voucher states, validation. No I/O, no Qt."""
