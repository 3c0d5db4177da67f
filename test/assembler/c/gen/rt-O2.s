	.file	"rt.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB0:
	.cfi_startproc
	cmpwi 0,5,0
	beqlr- 0
	andi. 9,5,0x1
	addi 10,3,-1
	addi 9,4,-1
	addi 8,5,-1
	bne- 0,.L15
.L8:
	srwi 8,5,1
	mtctr 8
.L3:
	lbz 6,1(9)
	addi 7,9,1
	addi 8,10,1
	addi 9,9,2
	addi 10,10,2
	stb 6,-1(10)
	lbz 7,1(7)
	stb 7,1(8)
	bdnz .L3
	blr
.L15:
	cmpwi 0,8,0
	lbz 8,0(4)
	mr 9,4
	mr 10,3
	stb 8,0(3)
	bne+ 0,.L8
	blr
	.cfi_endproc
.LFE0:
	.size	memcpy,.-memcpy
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB1:
	.cfi_startproc
	cmpwi 0,5,0
	mr 10,4
	addi 9,3,-1
	beqlr- 0
	andi. 7,5,0x3
	addi 6,5,-1
	mr 8,5
	beq- 0,.L27
	cmpwi 0,7,1
	beq- 0,.L32
	cmpwi 0,7,2
	beq- 0,.L33
	stb 4,0(3)
	mr 5,6
	mr 9,3
.L33:
	stbu 10,1(9)
	addi 5,5,-1
.L32:
	cmpwi 0,5,1
	stbu 10,1(9)
	beqlr- 0
.L27:
	srwi 8,8,2
	mtctr 8
.L18:
	stb 10,1(9)
	stb 10,2(9)
	stb 10,3(9)
	stbu 10,4(9)
	bdnz .L18
	blr
	.cfi_endproc
.LFE1:
	.size	memset,.-memset
	.align 2
	.globl memmove
	.type	memmove, @function
memmove:
.LFB2:
	.cfi_startproc
	cmplw 0,3,4
	blt- 0,.L41
	cmpwi 0,5,0
	add 4,4,5
	add 9,3,5
	beqlr- 0
	andi. 10,5,0x1
	addi 10,5,-1
	beq- 0,.L56
	cmpwi 0,10,0
	lbzu 8,-1(4)
	stbu 8,-1(9)
	beqlr- 0
.L56:
	srwi 10,5,1
	mtctr 10
.L45:
	lbz 7,-1(4)
	addi 8,4,-1
	addi 10,9,-1
	addi 4,4,-2
	addi 9,9,-2
	stb 7,1(9)
	lbz 8,-1(8)
	stb 8,-1(10)
	bdnz .L45
	blr
.L41:
	cmpwi 0,5,0
	beqlr- 0
	andi. 9,5,0x1
	addi 10,3,-1
	addi 9,4,-1
	addi 8,5,-1
	beq- 0,.L53
	cmpwi 0,8,0
	lbz 8,0(4)
	mr 9,4
	mr 10,3
	stb 8,0(3)
	beqlr- 0
.L53:
	srwi 8,5,1
	mtctr 8
.L44:
	lbz 6,1(9)
	addi 7,9,1
	addi 8,10,1
	addi 9,9,2
	addi 10,10,2
	stb 6,-1(10)
	lbz 7,1(7)
	stb 7,1(8)
	bdnz .L44
	blr
	.cfi_endproc
.LFE2:
	.size	memmove,.-memmove
	.align 2
	.globl memcmp
	.type	memcmp, @function
memcmp:
.LFB3:
	.cfi_startproc
	cmpwi 0,5,0
	beq- 0,.L70
	mr 10,5
	addi 5,5,-1
	andi. 9,10,0x1
	addi 8,3,-1
	add 5,3,5
	addi 7,4,-1
	bne- 0,.L82
.L74:
	srwi 9,10,1
	mtctr 9
	b .L69
.L68:
	lbz 9,1(6)
	lbz 3,1(10)
	cmpw 0,9,3
	bne- 0,.L79
	bdz .L70
.L69:
	lbz 9,1(8)
	addi 6,8,1
	lbz 3,1(7)
	addi 10,7,1
	addi 8,6,1
	addi 7,10,1
	cmpw 0,9,3
	beq+ 0,.L68
.L79:
	subf 3,3,9
	blr
.L82:
	lbz 9,0(3)
	mr 8,3
	lbz 3,0(4)
	mr 7,4
	cmpw 0,9,3
	bne- 0,.L79
	cmplw 0,8,5
	bne+ 0,.L74
.L70:
	li 3,0
	blr
	.cfi_endproc
.LFE3:
	.size	memcmp,.-memcmp
	.align 2
	.globl strlen
	.type	strlen, @function
strlen:
.LFB4:
	.cfi_startproc
	lbz 9,0(3)
	mr 10,3
	li 3,0
	cmpwi 0,9,0
	beqlr- 0
.L85:
	addi 3,3,1
	lbzx 9,10,3
	cmpwi 0,9,0
	beqlr- 0
	addi 3,3,1
	lbzx 9,10,3
	cmpwi 0,9,0
	bne+ 0,.L85
	blr
	.cfi_endproc
.LFE4:
	.size	strlen,.-strlen
	.align 2
	.globl put_str
	.type	put_str, @function
put_str:
.LFB5:
	.cfi_startproc
	lbz 9,0(3)
	mr 4,3
	li 5,0
	cmpwi 0,9,0
	beq- 0,.L90
.L91:
	addi 5,5,1
	lbzx 9,4,5
	cmpwi 0,9,0
	bne+ 0,.L91
.L90:
	li 3,1
	b sys_write
	.cfi_endproc
.LFE5:
	.size	put_str,.-put_str
	.align 2
	.globl put_char
	.type	put_char, @function
put_char:
.LFB6:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	mr 9,3
	li 5,1
	li 3,1
	addi 4,1,8
	stw 0,20(1)
	.cfi_offset 65, 4
	stb 9,8(1)
	bl sys_write
	lwz 0,20(1)
	addi 1,1,16
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE6:
	.size	put_char,.-put_char
	.align 2
	.globl put_uint
	.type	put_uint, @function
put_uint:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	lis 8,0xcccc
	lis 11,0xcccc
	ori 8,8,0xcccd
	ori 11,11,0xcccc
	stw 0,52(1)
	.cfi_offset 65, 4
	addi 6,1,32
	li 7,24
	li 0,0
.L100:
	srwi 9,4,28
	rlwinm 10,4,0,4,31
	rlwimi 9,3,4,0,31-4
	srwi 5,3,24
	rlwinm 9,9,0,4,31
	cmpwi 0,3,0
	add 10,10,9
	mr 12,4
	add 10,10,5
	addi 7,7,-1
	mulhwu 9,10,8
	srwi 9,9,2
	mulli 9,9,5
	subf 9,9,10
	subfc 9,9,4
	subfe 10,0,3
	mullw 3,9,11
	mullw 10,10,8
	mulhwu 5,9,8
	mullw 9,9,8
	add 10,10,3
	add 10,10,5
	srwi 9,9,1
	srwi 3,10,1
	rlwimi 9,10,31,0,31-31
	mulli 10,9,10
	subfc 10,10,4
	mr 4,9
	addi 10,10,48
	stbu 10,-1(6)
	bne+ 0,.L100
	cmplwi 0,12,9
	bgt+ 0,.L100
	addi 9,1,8
	subfic 5,7,24
	add 4,9,7
	li 3,1
	bl sys_write
	lwz 0,52(1)
	addi 1,1,48
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE7:
	.size	put_uint,.-put_uint
	.align 2
	.globl put_int
	.type	put_int, @function
put_int:
.LFB8:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	cmpwi 0,3,0
	mflr 0
	stw 31,60(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	addi 31,1,32
	stw 0,68(1)
	.cfi_offset 65, 4
	blt- 0,.L115
	mr 8,4
	lis 6,0xcccc
	lis 4,0xcccc
	mr 7,3
	li 11,24
	ori 6,6,0xcccd
	ori 4,4,0xcccc
	li 3,0
.L112:
	srwi 9,8,28
	rlwinm 10,8,0,4,31
	rlwimi 9,7,4,0,31-4
	srwi 5,7,24
	rlwinm 9,9,0,4,31
	cmpwi 0,7,0
	add 10,10,9
	mr 0,8
	add 10,10,5
	addi 11,11,-1
	mulhwu 9,10,6
	srwi 9,9,2
	mulli 9,9,5
	subf 9,9,10
	subfc 9,9,8
	subfe 10,3,7
	mullw 5,9,4
	mullw 10,10,6
	mulhwu 7,9,6
	mullw 9,9,6
	add 10,10,5
	add 10,10,7
	srwi 9,9,1
	srwi 7,10,1
	rlwimi 9,10,31,0,31-31
	mulli 10,9,10
	subfc 10,10,8
	mr 8,9
	addi 10,10,48
	stbu 10,-1(31)
	bne+ 0,.L112
	cmplwi 0,0,9
	bgt+ 0,.L112
	addi 9,1,8
	subfic 5,11,24
	add 4,9,11
	li 3,1
	bl sys_write
	lwz 0,68(1)
	lwz 31,60(1)
	addi 1,1,64
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L115:
	.cfi_restore_state
	stw 29,52(1)
	.cfi_offset 29, -12
	li 9,45
	stw 30,56(1)
	.cfi_offset 30, -8
	mr 29,4
	mr 30,3
	li 5,1
	addi 4,1,8
	li 3,1
	stb 9,8(1)
	bl sys_write
	subfic 29,29,0
	lis 6,0xcccc
	lis 3,0xcccc
	subfze 30,30
	ori 6,6,0xcccd
	ori 3,3,0xcccc
	li 5,24
	li 11,0
.L114:
	srwi 9,29,28
	rlwinm 8,29,0,4,31
	rlwimi 9,30,4,0,31-4
	srwi 4,30,24
	rlwinm 9,9,0,4,31
	cmpwi 0,30,0
	add 8,8,9
	mr 0,29
	add 8,8,4
	addi 5,5,-1
	mulhwu 9,8,6
	srwi 9,9,2
	mulli 9,9,5
	subf 9,9,8
	subfc 9,9,29
	subfe 8,11,30
	mullw 4,9,3
	mullw 8,8,6
	mulhwu 7,9,6
	mullw 9,9,6
	add 8,8,4
	add 8,8,7
	srwi 9,9,1
	srwi 30,8,1
	rlwimi 9,8,31,0,31-31
	mulli 8,9,10
	subfc 8,8,29
	mr 29,9
	addi 8,8,48
	stbu 8,-1(31)
	bne+ 0,.L114
	cmplwi 0,0,9
	bgt+ 0,.L114
	addi 9,1,8
	li 3,1
	add 4,9,5
	subfic 5,5,24
	bl sys_write
	lwz 0,68(1)
	lwz 29,52(1)
	.cfi_restore 29
	lwz 30,56(1)
	.cfi_restore 30
	lwz 31,60(1)
	mtlr 0
	.cfi_restore 65
	addi 1,1,64
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE8:
	.size	put_int,.-put_int
	.align 2
	.globl put_hex
	.type	put_hex, @function
put_hex:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	lis 10,0x3078
	li 9,0
	lis 6,.LANCHOR0@ha
	stw 0,36(1)
	.cfi_offset 65, 4
	la 6,.LANCHOR0@l(6)
	stw 10,8(1)
	li 10,4
	stw 9,12(1)
	addi 8,1,9
	sth 9,16(1)
	mtctr 10
	li 9,28
.L118:
	addi 7,9,-4
	srw 9,3,9
	srw 10,3,7
	rlwinm 9,9,0,28,31
	rlwinm 10,10,0,28,31
	lbzx 4,6,9
	lbzx 5,6,10
	addi 10,8,1
	addi 9,7,-4
	addi 8,8,2
	stb 4,-1(8)
	stb 5,1(10)
	bdnz .L118
	addi 4,1,8
	li 5,10
	li 3,1
	bl sys_write
	lwz 0,36(1)
	addi 1,1,32
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE9:
	.size	put_hex,.-put_hex
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	digits.0, @object
	.size	digits.0, 17
digits.0:
	.string	"0123456789abcdef"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
