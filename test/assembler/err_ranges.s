# Immediates out of range name the field and its range.
	.text
	li 3, 32768            # error: SI out of range: 32768 is not in -32768..32767
	li 3, -32769           # error: SI out of range: -32769 is not in -32768..32767
	lis 3, 0x10000         # error: SI out of range: 65536 is not in -32768..65535
	ori 3, 3, -1           # error: UI out of range: -1 is not in 0..65535
	andi. 3, 3, 65536      # error: UI out of range: 65536 is not in 0..65535
	subi 3, 3, -32768      # error: SI out of range: -32768 is not in -32767..32768
	lwz 3, 40000(1)        # error: D out of range: 40000 is not in -32768..32767
	addi 32, 3, 1          # error: RT out of range: 32 is not in 0..31
	slwi 3, 4, 32          # error: n out of range: 32 is not in 0..31
	rlwinm 3, 4, 0, 0, 32  # error: ME out of range: 32 is not in 0..31
	cmpwi 8, 3, 0          # error: BF out of range: 8 is not in 0..7
	cmpwi cr8, 3, 0        # error: there is no register 'cr8' (condition register fields are cr0..cr7)
	addi r32, 3, 1         # error: there is no register 'r32'
	mtcrf 256, 3           # error: FXM out of range: 256 is not in 0..255
	sc 128                 # error: LEV out of range: 128 is not in 0..127
	mfspr 3, 1024          # error: SPR out of range: 1024 is not in 0..1023
	beq .+0x8000           # error: does not fit the BD field (-32768..32764)
	b .+0x2000000          # error: does not fit the LI field
	b .+2                  # error: is not a multiple of 4
	bla 0x2000000          # error: absolute branch target out of range
	rlwinm 3, 4, 0, 0x0f0f # error: is not a valid mask
	mftb 3, 270            # error: invalid time base register 270
	li 3, 1
