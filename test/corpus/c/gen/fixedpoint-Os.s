	.file	"fixedpoint.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	recip16, @function
recip16:
.LFB8:
	.cfi_startproc
	mr 10,3
	lis 9,0x2
	cmplw 0,10,9
	li 3,0
	ori 3,3,0x8000
	bgt+ 0,.L2
	lis 3,0x1
.L2:
	li 9,6
	lis 7,0x2
	mtctr 9
.L4:
	mullw 9,10,3
	mulhwu 8,10,3
	srwi 9,9,16
	rlwimi 9,8,16,0,31-16
	subf 9,9,7
	mullw 8,9,3
	mulhwu 9,9,3
	srwi 3,8,16
	rlwimi 3,9,16,0,31-16
	bdnz .L4
	blr
	.cfi_endproc
.LFE8:
	.size	recip16,.-recip16
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"q15 table"
.LC1:
	.string	"-1*-1 (q15)"
.LC2:
	.string	"0.5*0.5"
.LC3:
	.string	"sat add"
.LC4:
	.string	"sat sub"
.LC5:
	.string	"q7 sum"
.LC6:
	.string	"-1*-1 (q7)"
.LC7:
	.string	"u8 sat"
.LC8:
	.string	"sine:"
.LC9:
	.string	"peak"
.LC10:
	.string	"zero crossings"
.LC11:
	.string	"fir sum"
.LC12:
	.string	"recip(3.0)"
.LC13:
	.string	"recip(0.75)"
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB9:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	li 4,0
	li 7,0
	ori 4,4,0x8000
	stw 0,68(1)
	stmw 24,32(1)
	.cfi_offset 65, 4
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 29,.LANCHOR0@ha
	li 31,0
	la 29,.LANCHOR0@l(29)
.L10:
	slwi 9,7,1
	addi 5,29,-2
	lhax 6,29,9
	li 9,10
	mtctr 9
.L16:
	lhau 8,2(5)
	mulli 31,31,31
	mullw 9,6,8
	addi 9,9,16384
	srawi 9,9,15
	cmpw 0,9,4
	bne+ 0,.L11
	li 9,32767
.L11:
	add 10,6,8
	rlwinm 9,9,0,16,31
	cmpwi 0,10,32767
	add 9,9,31
	mulli 9,9,31
	subf 8,8,6
	ble+ 0,.L12
	addi 9,9,32767
.L51:
	mulli 9,9,31
.L13:
	mr 31,8
	b .L15
.L12:
	cmpwi 0,10,-32768
	bge+ 0,.L14
	addis 9,9,0x1
	addi 9,9,-32768
	b .L51
.L14:
	rlwinm 10,10,0,16,31
	cmpwi 0,8,32767
	add 9,10,9
	li 31,32767
	mulli 9,9,31
	bgt- 0,.L15
	cmpwi 0,8,-32768
	li 31,-32768
	bge+ 0,.L13
.L15:
	rlwinm 31,31,0,0xffff
	add 31,31,9
	bdnz .L16
	addi 7,7,1
	cmpwi 0,7,10
	bne+ 0,.L10
	lis 3,.LC0@ha
	mr 4,31
	la 3,.LC0@l(3)
	bl show_hex
	lis 3,.LC1@ha
	li 4,32767
	la 3,.LC1@l(3)
	bl show_int
	lis 3,.LC2@ha
	li 4,8192
	la 3,.LC2@l(3)
	bl show_int
	lis 3,.LC3@ha
	li 4,32767
	la 3,.LC3@l(3)
	bl show_int
	lis 3,.LC4@ha
	li 4,-32768
	la 3,.LC4@l(3)
	bl show_int
	li 10,-128
	li 4,0
.L18:
	mulli 7,10,-128
	li 9,37
	mulli 5,10,7
	addi 8,10,-128
	addi 7,7,64
	mtctr 9
.L21:
	srawi 6,7,7
	cmpwi 0,6,128
	bne+ 0,.L19
	li 6,127
.L19:
	cmpwi 0,8,127
	li 9,127
	bgt- 0,.L20
	cmpwi 0,8,-128
	li 9,-128
	blt- 0,.L20
	mr 9,8
.L20:
	extsb 9,9
	add 7,7,5
	add 9,9,6
	addi 8,8,7
	add 4,4,9
	bdnz .L21
	addi 10,10,5
	cmpwi 0,10,132
	bne+ 0,.L18
	lis 3,.LC5@ha
	li 27,0
	la 3,.LC5@l(3)
	li 25,0
	bl show_int
	lis 3,.LC6@ha
	li 4,127
	la 3,.LC6@l(3)
	bl show_int
	lis 3,.LC7@ha
	li 4,255
	la 3,.LC7@l(3)
	bl show_int
	lis 3,.LC8@ha
	la 3,.LC8@l(3)
	li 24,0
	bl print_str
	li 26,3212
	li 28,0
.L26:
	extsh 30,26
	cmpw 0,24,28
	mulli 30,30,32138
	addi 30,30,16384
	srawi 30,30,15
	bge- 0,.L23
	mr 24,28
.L23:
	andi. 9,27,0x7
	bne+ 0,.L24
	li 3,32
	bl print_char
	mr 3,28
	bl print_int
.L24:
	slwi 9,30,1
	subf 9,28,9
	xor. 10,9,26
	bge+ 0,.L25
	addi 25,25,1
.L25:
	addi 27,27,1
	mr 28,26
	cmpwi 0,27,64
	bne+ 0,.L36
	bl print_nl
	lis 3,.LC9@ha
	mr 4,24
	la 3,.LC9@l(3)
	bl show_int
	lis 3,.LC10@ha
	mr 4,25
	la 3,.LC10@l(3)
	bl show_int
	addi 11,1,8
	li 5,16
	li 4,0
	mr 3,11
	addi 29,29,20
	bl memset
	lis 5,0x41c6
	mr 11,3
	li 6,0
	li 4,0
	li 10,12345
	ori 5,5,0x4e6d
	li 3,25
.L31:
	divw 9,6,3
	li 7,-20000
	mullw 10,10,5
	andi. 9,9,0x1
	addi 10,10,12345
	beq- 0,.L27
	li 7,20000
.L27:
	rlwinm 8,10,16,21,31
	li 0,7
	addi 8,8,-1024
	li 9,7
	add 8,8,7
	mtctr 0
	addi 7,1,22
.L28:
	lhzu 0,-2(7)
	addi 9,9,-1
	sth 0,2(7)
	bdnz .L28
	li 7,8
	sth 8,8(1)
	mtctr 7
	li 8,0
.L29:
	lhax 7,11,9
	lhax 0,29,9
	addi 9,9,2
	mullw 7,7,0
	srawi 7,7,15
	add 8,8,7
	bdnz .L29
	cmpwi 0,8,32767
	li 9,32767
	bgt- 0,.L30
	cmpwi 0,8,-32768
	li 9,-32768
	blt- 0,.L30
	mr 9,8
.L30:
	addi 6,6,1
	extsh 9,9
	cmpwi 0,6,200
	add 4,4,9
	bne+ 0,.L31
	lis 3,.LC11@ha
	la 3,.LC11@l(3)
	bl show_int
	lis 3,0x3
	bl recip16
	mr 4,3
	lis 3,.LC12@ha
	la 3,.LC12@l(3)
	bl show_hex
	li 3,0
	ori 3,3,0xc000
	bl recip16
	mr 4,3
	lis 3,.LC13@ha
	la 3,.LC13@l(3)
	bl show_hex
	addi 11,1,64
	rlwinm 3,31,0,25,31
	b _restgpr_24_x
	.cfi_remember_state
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 65
.L36:
	.cfi_restore_state
	mr 26,9
	b .L26
	.cfi_endproc
.LFE9:
	.size	main,.-main
	.section	.rodata
	.align 1
	.set	.LANCHOR0,. + 0
	.type	vals.1, @object
	.size	vals.1, 20
vals.1:
	.short	0
	.short	1
	.short	-1
	.short	16384
	.short	-16384
	.short	32767
	.short	-32768
	.short	23170
	.short	-12345
	.short	3
	.type	taps.0, @object
	.size	taps.0, 16
taps.0:
	.short	1024
	.short	2048
	.short	4096
	.short	8192
	.short	8192
	.short	4096
	.short	2048
	.short	1024
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
